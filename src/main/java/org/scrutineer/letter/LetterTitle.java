package org.scrutineer.letter;

import org.scrutineer.pages.UkDates;

import java.time.Instant;

/** What a letter is called everywhere: its title, or when reading found none, when it was registered. */
public final class LetterTitle {

    private LetterTitle() {
    }

    public static String of(Letter letter) {
        return of(letter.getTitle(), letter.getRegisteredAt());
    }

    public static String of(String title, Instant registeredAt) {
        return title != null && !title.isBlank() ? title : "Letter registered " + UkDates.day(registeredAt);
    }
}
