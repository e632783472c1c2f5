package org.scrutineer.finding;

/**
 * One bullet or paragraph under a findings heading of a letter.
 *
 * @param id        stable within its letter ("F1", "F2", … in document order); actions refer to it
 * @param timescale may be {@literal null} when the letter attaches none
 * @param theme     the letter's heading group or stated focus, may be {@literal null}
 * @param source    where the finding stands in the letter's text; {@literal null} for one a person added
 */
public record Finding(String id, Section section, String text, Timescale timescale, String theme, Source source) {

    /**
     * @param start first character of the finding in the letter's extracted text
     * @param end   one past its last character
     * @param page  the PDF page it starts on, counted as a viewer counts them (not the printed number);
     *              {@literal null} for formats without pages
     */
    public record Source(int start, int end, Integer page) {

        /** Where it starts counted from 1, as a person counts characters; {@code end} is then its last one. */
        public int firstCharacter() {
            return start + 1;
        }
    }

    /** The same finding under another id, as when a person's addition is numbered. */
    public Finding withId(String newId) {
        return new Finding(newId, section, text, timescale, theme, source);
    }

    public Finding withSource(Source newSource) {
        return new Finding(id, section, text, timescale, theme, newSource);
    }
}
