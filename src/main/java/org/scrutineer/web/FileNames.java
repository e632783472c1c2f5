package org.scrutineer.web;

import java.text.Normalizer;
import java.util.Locale;

/** Words made fit for a downloaded file's name: "Wokingham Borough Council" → "wokingham-borough-council". */
public final class FileNames {

    private FileNames() {
    }

    /** Lower case, accents dropped, anything else but letters and digits a hyphen, cut at a whole word; "" for none. */
    public static String slug(String words, int maxLength) {
        if (words == null) {
            return "";
        }
        String ascii = Normalizer.normalize(words, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.length() <= maxLength ? slug : slug.substring(0, maxLength).replaceAll("-[^-]*$", "");
    }
}
