package org.scrutineer.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What an action plan spreadsheet would bring in, shown before anything is stored: the actions it will create and
 * every row that cannot be read, with why.
 *
 * @param columns  each heading the import used, by what it read it as ("owner" → "Lead officer")
 * @param problems rows not read; an import with any stores nothing
 */
public record PlanImport(List<String> columns, List<Row> actions, List<Problem> problems) {

    /**
     * One action to create, as the draft form takes it. Nullable: description, dueDate (a problem, then), status, rag,
     * percentComplete, lastProgress (what the council last reported, carried into the description).
     *
     * @param row   the spreadsheet's row number, as the spreadsheet shows it (the heading is row 1)
     * @param owner the user id the owner column named
     */
    public record Row(int row, List<String> findingIds, String title, String description, String owner,
                      String ownerAsWritten, LocalDate dueDate, String status, String rag, Integer percentComplete,
                      String lastProgress) {

        /** The description the draft gets: the sheet's own, then what the council last reported, so none is lost. */
        public String draftDescription() {
            StringBuilder text = new StringBuilder(description == null ? "" : description);
            StringBuilder standing = new StringBuilder();
            if (status != null) {
                standing.append("status ").append(status);
            }
            if (rag != null) {
                standing.append(standing.isEmpty() ? "" : ", ").append("RAG ").append(rag);
            }
            if (percentComplete != null) {
                standing.append(standing.isEmpty() ? "" : ", ").append(percentComplete).append("% complete");
            }
            if (!standing.isEmpty() || lastProgress != null) {
                text.append(text.isEmpty() ? "" : "\n\n").append("Brought in from the council’s plan");
                text.append(standing.isEmpty() ? "" : " (" + standing + ")").append(lastProgress == null ? "." : ": " + lastProgress);
            }
            return text.toString();
        }
    }

    public record Problem(int row, String reason) {
    }

    public boolean readable() {
        return problems.isEmpty() && !actions.isEmpty();
    }
}
