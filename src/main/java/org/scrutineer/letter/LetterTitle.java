package org.scrutineer.letter;

import org.scrutineer.pages.UkDates;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a letter is called everywhere: its title, or when reading found none, when it was registered; led by the
 * council's name when the title does not name it ("Inspection of services for children in need of help and
 * protection…" is every council's), so a coordinator with several letters can tell them apart.
 */
public final class LetterTitle {

    /** The words of a council's name that say what kind of council it is, not which. */
    private static final Set<String> KIND = Set.of("london", "borough", "of", "county", "city", "council", "metropolitan",
            "district", "royal", "the", "unitary", "authority");

    private LetterTitle() {
    }

    public static String of(Letter letter) {
        return of(letter.getTitle(), letter.getAuthority(), letter.getRegisteredAt());
    }

    public static String of(String title, String authority, Instant registeredAt) {
        String named = title != null && !title.isBlank() ? title : "Letter registered " + UkDates.day(registeredAt);
        if (authority == null || authority.isBlank() || names(named, authority)) {
            return named;
        }
        return authority.strip() + ": " + named;
    }

    /** Whether the title already names the council: its distinctive words ("Blackburn with Darwen", "Wokingham"). */
    private static boolean names(String title, String authority) {
        String which = Arrays.stream(authority.strip().split("\\s+"))
                .filter(word -> !KIND.contains(word.toLowerCase(Locale.ROOT)))
                .collect(Collectors.joining(" "));
        String sought = which.isEmpty() ? authority.strip() : which;
        return title.toLowerCase(Locale.ROOT).contains(sought.toLowerCase(Locale.ROOT));
    }
}
