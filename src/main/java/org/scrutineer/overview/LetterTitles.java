package org.scrutineer.overview;

import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterSummary;
import org.scrutineer.letter.LetterTitle;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Letters by their titles, as lists name them, each read as a summary (never its text) and all in one read. */
@Component
class LetterTitles {

    private final LetterService letters;

    LetterTitles(LetterService letters) {
        this.letters = letters;
    }

    /** By letter id; a letter no longer there (withdrawn) is missing. */
    Map<String, String> of(Collection<String> letterIds) {
        Map<String, String> titles = new HashMap<>();
        if (!letterIds.isEmpty()) {
            letters.summaries(letterIds).forEach((id, summary) -> titles.put(id, of(summary)));
        }
        return titles;
    }

    static String of(LetterSummary letter) {
        return LetterTitle.of(letter.title(), letter.authority(), letter.registeredAt());
    }
}
