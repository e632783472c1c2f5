package org.scrutineer.report;

import java.util.List;

/**
 * A rendered PDF and what it could not print as typed.
 *
 * @param warnings one line per place with characters no embedded font has, naming them; empty when none
 */
record RenderedReport(byte[] pdf, List<String> warnings) {
}
