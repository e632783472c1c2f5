package org.scrutineer.overview;

import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterSummary;
import org.scrutineer.pages.UkDates;
import org.springframework.stereotype.Component;

import java.time.Instant;
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
        return of(letter.title(), letter.registeredAt());
    }

    /** Its title, or when reading found none, when it was registered. */
    static String of(String title, Instant registeredAt) {
        return title != null && !title.isBlank() ? title : "Letter registered " + UkDates.day(registeredAt);
    }
}
