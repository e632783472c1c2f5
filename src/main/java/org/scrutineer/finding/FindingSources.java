package org.scrutineer.finding;

import java.util.Arrays;

/**
 * Finds where each finding stands in the text it was read from. Cleaning changes spacing, bullets and OCR debris
 * but hardly ever the letters and digits, so the search runs over those alone and maps back to the text's offsets.
 * Pages are counted by the form feeds PDF extraction puts between them.
 */
final class FindingSources {

    private static final int PROBE = 24;

    private final String letters;
    private final int[] offsets;
    private final int[] pageBreaks;
    private int cursor;

    FindingSources(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        int[] breaks = new int[16];
        int pages = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                at[b.length()] = i;
                b.append(Character.toLowerCase(c));
            } else if (c == '\f') {
                if (pages == breaks.length) {
                    breaks = Arrays.copyOf(breaks, pages * 2);
                }
                breaks[pages++] = i;
            }
        }
        letters = b.toString();
        offsets = Arrays.copyOf(at, b.length());
        pageBreaks = Arrays.copyOf(breaks, pages);
    }

    /** Where the next finding, in document order, stands; {@literal null} if its words cannot be found. */
    Finding.Source locate(String findingText) {
        String wanted = lettersOf(findingText);
        if (wanted.isEmpty()) {
            return null;
        }
        int from = letters.indexOf(wanted.substring(0, Math.min(PROBE, wanted.length())), cursor);
        if (from < 0 && wanted.length() >= 2 * PROBE) {
            // OCR repairs ("|1" read as "I") can change the first words; the next ones place the finding as well.
            int next = letters.indexOf(wanted.substring(PROBE, 2 * PROBE), cursor + PROBE);
            from = next < 0 ? -1 : next - PROBE;
        }
        if (from < 0) {
            return null;
        }
        int last = Math.min(from + wanted.length(), letters.length()) - 1;
        if (wanted.length() > PROBE) {
            // Debris dropped inside the finding shifts its end; look for its last words near where they should be.
            int tail = letters.indexOf(wanted.substring(wanted.length() - PROBE), Math.max(from, last - 2 * PROBE));
            if (tail >= 0 && tail - last < 4 * PROBE) {
                last = tail + PROBE - 1;
            }
        }
        cursor = last + 1;
        int start = offsets[from];
        return new Finding.Source(start, offsets[last] + 1, pageBreaks.length == 0 ? null : pageOf(start));
    }

    private int pageOf(int offset) {
        int i = Arrays.binarySearch(pageBreaks, offset);
        return (i >= 0 ? i : -i - 1) + 1;
    }

    private static String lettersOf(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
