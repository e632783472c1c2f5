package org.scrutineer.finding;

/**
 * One bullet or paragraph under a findings heading of a letter.
 *
 * @param id        stable within its letter ("F1", "F2", … in document order); actions refer to it
 * @param timescale may be {@literal null} when the letter attaches none
 * @param theme     the letter's heading group, may be {@literal null}
 */
public record Finding(String id, Section section, String text, Timescale timescale, String theme) {
}
