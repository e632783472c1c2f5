package org.scrutineer.plan;

import java.time.LocalDate;
import java.util.List;

/** An action as the coordinator drafts it, before it has an id or a status. */
public record DraftAction(List<String> findingIds, String title, String description, String owner,
                          LocalDate dueDate, String successMeasure) {
}
