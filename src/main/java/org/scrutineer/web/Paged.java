package org.scrutineer.web;

import java.util.List;

/**
 * One page of entries and how many there are in all.
 *
 * @param total the entries on every page together
 */
public record Paged<T>(List<T> entries, long total) {
}
