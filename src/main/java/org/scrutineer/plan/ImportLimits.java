package org.scrutineer.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of an uploaded action plan spreadsheet we read, as letters are bounded (letter/LetterLimits): a plan is a
 * few hundred rows of text, so a larger file is a mistake or an attack.
 *
 * @param maxBytes          the file as uploaded (the multipart limit, 20 MB, is larger)
 * @param maxUnpackedBytes  what its zip entries may inflate to, together (POI's own ratio check catches bombs too)
 * @param maxRows           data rows, beyond the heading row; a plan has at most {@link PlanService#MAX_ACTIONS} actions
 */
@ConfigurationProperties("scrutineer.plan-import")
record ImportLimits(@DefaultValue("2000000") long maxBytes,
                    @DefaultValue("50000000") long maxUnpackedBytes,
                    @DefaultValue("500") int maxRows) {
}
