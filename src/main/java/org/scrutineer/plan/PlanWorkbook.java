package org.scrutineer.plan;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scrutineer.finding.Finding;
import org.scrutineer.people.People;
import org.scrutineer.progress.ProgressUpdate;
import org.scrutineer.progress.Rag;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The action plan as a spreadsheet, one sheet per purpose, each with a header row, filters and the header frozen:
 * Actions (each with its finding and theme, owner by name, original and current due date, status, latest RAG and
 * % complete), Updates (every update by cycle), Findings (the letter's findings that call for action). Text cells are
 * text in the pages' words ("Accepted and open", not ACCEPTED), dates are dates shown as 31/03/2027 and numbers
 * numbers, so filters and sorts work.
 */
@Component
class PlanWorkbook {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final People people;

    PlanWorkbook(People people) {
        this.people = people;
    }

    /** @param today the day it is written: an action past its due date and not completed is overdue, as the pages say */
    byte[] write(Plan plan, List<Finding> findings, List<ProgressUpdate> updates, Map<String, Integer> cycleNumbers,
                 LocalDate today) {
        Map<String, Finding> byId = findings.stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
        Map<String, ProgressUpdate> newest = new HashMap<>();
        updates.forEach(u -> newest.put(u.actionId(), u));
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = id -> id == null ? "" : names.computeIfAbsent(id, people::displayName);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);

            CellStyle day = book.createCellStyle();
            day.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);
            Styles styles = new Styles(header, day, wrapped);

            List<List<Object>> actions = new ArrayList<>();
            for (Action a : plan.getActions()) {
                ProgressUpdate latest = newest.get(a.getId());
                List<Finding> answered = a.getFindingIds().stream().map(byId::get).filter(Objects::nonNull).toList();
                actions.add(List.of(a.getId(), String.join(", ", a.getFindingIds()),
                        answered.stream().map(Finding::text).collect(Collectors.joining("\n")),
                        answered.stream().map(Finding::theme).filter(Objects::nonNull).distinct()
                                .collect(Collectors.joining("; ")),
                        text(a.getTitle()), text(a.getDescription()), text(a.getSuccessMeasure()),
                        name.apply(a.getOwner()), text(a.getOwner()), date(a.getOriginalDueDate()), date(a.getDueDate()),
                        overdue(a, today) ? "Yes" : "No", a.getStatus().words(),
                        latest == null ? "" : rag(latest.rag()),
                        latest == null || latest.percentComplete() == null ? "" : latest.percentComplete(),
                        latest == null ? "" : text(latest.progress())));
            }
            sheet(book, styles, "Actions", List.of("Action", "Finding", "Finding text", "Theme", "Title", "Description",
                    "Success measure", "Owner", "Owner's user id", "Original due date", "Current due date", "Overdue",
                    "Status", "RAG", "% complete", "Last progress"), actions);

            List<List<Object>> rows = new ArrayList<>();
            for (ProgressUpdate u : updates) {
                rows.add(List.of(u.actionId(), cycleNumbers.getOrDefault(u.cycleId(), 0), u.revision(),
                        u.submittedAt() == null ? "" : u.submittedAt().atZone(LONDON).toLocalDate(),
                        name.apply(u.submittedBy()), rag(u.rag()), rag(u.scheduleRag()), text(u.ragReason()),
                        u.percentComplete() == null ? "" : u.percentComplete(), u.completed() ? "Yes" : "No",
                        text(u.progress()), text(u.impact())));
            }
            sheet(book, styles, "Updates", List.of("Action", "Cycle", "Revision", "Submitted", "By", "RAG",
                    "Schedule's RAG", "Reason for a kinder RAG", "% complete", "Completed", "Progress", "Impact"), rows);

            List<List<Object>> findingRows = findings.stream().filter(f -> f.section() != null && f.section().callsForAction())
                    .map(f -> List.<Object>of(f.id(), f.section().heading(), f.timescale() == null ? "" : f.timescale().heading(),
                            text(f.theme()), f.text(), plan.getActions().stream()
                                    .filter(a -> a.getFindingIds().contains(f.id())).map(Action::getId)
                                    .collect(Collectors.joining(", "))))
                    .toList();
            sheet(book, styles, "Findings", List.of("Finding", "Section", "Timescale", "Theme", "Text", "Actions"),
                    findingRows);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text longer than this wraps in its cell, in a column wide enough to read it. */
    private static final int WRAPPED = 40;

    private record Styles(CellStyle header, CellStyle day, CellStyle wrapped) {
    }

    private static void sheet(XSSFWorkbook book, Styles styles, String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(styles.header());
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value instanceof LocalDate date) {
                    row.createCell(c).setCellValue(date);
                    row.getCell(c).setCellStyle(styles.day());
                } else {
                    // a spreadsheet cell holds at most 32,767 characters; longer narratives keep their start
                    String text = String.valueOf(value);
                    row.createCell(c).setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
                    if (text.length() > WRAPPED) {
                        row.getCell(c).setCellStyle(styles.wrapped());
                    }
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < headers.size(); c++) {
            int column = c;
            // wide enough for its heading and its longest short text ("Accepted and open"); wrapped text gets 60
            int longest = rows.stream().mapToInt(r -> r.get(column) instanceof LocalDate ? 10
                    : String.valueOf(r.get(column)).length()).max().orElse(0);
            int width = longest > WRAPPED ? 60 : Math.max(headers.get(c).length(), longest) + 4;
            sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, width)));
        }
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static boolean overdue(Action action, LocalDate today) {
        return action.getStatus() != ActionStatus.COMPLETED && action.getDueDate() != null
                && action.getDueDate().isBefore(today);
    }

    private static Object date(LocalDate date) {
        return date == null ? "" : date;
    }

    /** "Amber", as the pages and the paper say it. */
    private static String rag(Rag rag) {
        return rag == null ? "" : rag.name().charAt(0) + rag.name().substring(1).toLowerCase(Locale.UK);
    }
}
