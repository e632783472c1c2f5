package org.scrutineer.plan;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scrutineer.finding.Finding;
import org.scrutineer.people.People;
import org.scrutineer.progress.ProgressUpdate;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The action plan as a spreadsheet, one sheet per purpose, each with a header row, filters and the header frozen:
 * Actions (each with its finding, owner by name, original and current due date, status, latest RAG and % complete),
 * Updates (every update by cycle), Findings (the letter's findings that call for action). Text cells are text, dates
 * ISO dates, numbers numbers, so filters and sorts work.
 */
@Component
class PlanWorkbook {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final People people;

    PlanWorkbook(People people) {
        this.people = people;
    }

    byte[] write(Plan plan, List<Finding> findings, List<ProgressUpdate> updates, Map<String, Integer> cycleNumbers) {
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

            List<List<Object>> actions = new ArrayList<>();
            for (Action a : plan.getActions()) {
                ProgressUpdate latest = newest.get(a.getId());
                actions.add(List.of(a.getId(), String.join(", ", a.getFindingIds()),
                        a.getFindingIds().stream().map(byId::get).filter(java.util.Objects::nonNull).map(Finding::text)
                                .collect(Collectors.joining("\n")),
                        text(a.getTitle()), text(a.getDescription()), name.apply(a.getOwner()), text(a.getOwner()),
                        date(a.getOriginalDueDate()), date(a.getDueDate()), a.getStatus().name(),
                        latest == null || latest.rag() == null ? "" : latest.rag().name(),
                        latest == null || latest.percentComplete() == null ? "" : latest.percentComplete(),
                        latest == null ? "" : text(latest.progress())));
            }
            sheet(book, header, "Actions", List.of("Action", "Finding", "Finding text", "Title", "Description",
                    "Owner", "Owner's user id", "Original due date", "Current due date", "Status", "RAG",
                    "% complete", "Last progress"), actions);

            List<List<Object>> rows = new ArrayList<>();
            for (ProgressUpdate u : updates) {
                rows.add(List.of(u.actionId(), cycleNumbers.getOrDefault(u.cycleId(), 0), u.revision(),
                        u.submittedAt() == null ? "" : u.submittedAt().atZone(LONDON).toLocalDate().toString(),
                        name.apply(u.submittedBy()), u.rag() == null ? "" : u.rag().name(),
                        u.scheduleRag() == null ? "" : u.scheduleRag().name(), text(u.ragReason()),
                        u.percentComplete() == null ? "" : u.percentComplete(), u.completed() ? "Yes" : "No",
                        text(u.progress()), text(u.impact())));
            }
            sheet(book, header, "Updates", List.of("Action", "Cycle", "Revision", "Submitted", "By", "RAG",
                    "Schedule's RAG", "Reason for a kinder RAG", "% complete", "Completed", "Progress", "Impact"), rows);

            List<List<Object>> findingRows = findings.stream().filter(f -> f.section() != null && f.section().callsForAction())
                    .map(f -> List.<Object>of(f.id(), f.section().json(), f.timescale() == null ? "" : f.timescale().json(),
                            text(f.theme()), f.text(), plan.getActions().stream()
                                    .filter(a -> a.getFindingIds().contains(f.id())).map(Action::getId)
                                    .collect(Collectors.joining(", "))))
                    .toList();
            sheet(book, header, "Findings", List.of("Finding", "Section", "Timescale", "Theme", "Text", "Actions"),
                    findingRows);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook book, CellStyle header, String name, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = book.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            head.createCell(c).setCellValue(headers.get(c));
            head.getCell(c).setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    // a spreadsheet cell holds at most 32,767 characters; longer narratives keep their start
                    String text = String.valueOf(value);
                    row.createCell(c).setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
                }
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, headers.size() - 1));
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < headers.size(); c++) {
            sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(12, headers.get(c).length() + 4)));
        }
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
