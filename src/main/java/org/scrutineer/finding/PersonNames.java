package org.scrutineer.finding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Whether a line of a letter is a person's name, as in an address block or under a signature. */
final class PersonNames {

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\u2019'.\\-]*");
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "le", "la", "du", "da", "di", "al", "bin");
    // Words of job titles, organisations and addresses, which are capitalised like names but are not.
    private static final Set<String> NOT_NAMES = Set.of("inspector", "inspectors", "director", "manager", "officer",
            "executive", "head", "chair", "chairman", "lead", "assistant", "commissioner", "secretary", "leader",
            "council", "services", "service", "department", "majesty", "majesty\u2019s", "majesty's", "education",
            "regional", "senior", "chief", "deputy", "strategic", "corporate", "interim", "house", "way", "street",
            "road", "place", "floor", "lane", "avenue", "court", "hall", "children", "children's", "children\u2019s",
            "safeguarding", "social", "care", "board", "authority", "team", "county", "borough", "city", "district",
            "office", "ofsted", "copy", "yours", "dear", "page", "inspection", "report", "conclusion", "summary");
    private static final Pattern POST_NOMINALS = Pattern.compile(",?\\s+(?:HMI|OBE|MBE|CBE|QC|KC)$");
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:Director|Inspector|Manager|Officer|Executive|Head|Chair|Lead|Assistant|Commissioner|Secretary|Leader|HMI)\\b");
    private static final int LAST_LINES = 6;

    private PersonNames() {
    }

    static boolean isPersonName(String line) {
        if (line == null || line.isEmpty() || line.length() > 60) {
            return false;
        }
        String[] words = line.split(" ");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String w : words) {
            boolean particle = PARTICLES.contains(w);
            if (!particle && (!NAME_WORD.matcher(w).matches() || NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        return true;
    }

    static String withoutPostNominals(String line) {
        return POST_NOMINALS.matcher(line).replaceFirst("");
    }

    /** A report with no "Yours sincerely" ends with its author's name over their job title. */
    static String signatureAtEnd(List<String> lines) {
        List<String> last = lines.stream().filter(l -> !l.isEmpty()).toList();
        last = last.subList(Math.max(0, last.size() - LAST_LINES), last.size());
        for (int i = 0; i + 1 < last.size(); i++) {
            String name = withoutPostNominals(last.get(i));
            if (isPersonName(name) && ROLE.matcher(last.get(i + 1)).find()) {
                return name;
            }
        }
        return null;
    }
}
