package org.scrutineer.overview;

import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterSummary;
import org.scrutineer.letter.LetterTitle;
import org.springframework.stereotype.Component;

import java.util.Collection;
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
        return letters.titles(letterIds);
    }

    static String of(LetterSummary letter) {
        return LetterTitle.of(letter.title(), letter.authority(), letter.registeredAt());
    }
}
