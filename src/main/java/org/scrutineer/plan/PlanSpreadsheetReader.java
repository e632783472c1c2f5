package org.scrutineer.plan;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.scrutineer.finding.EnglishDates;
import org.scrutineer.finding.Finding;
import org.scrutineer.letter.LetterService;
import org.scrutineer.people.People;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.DateRange;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an action plan a council kept in a spreadsheet (XLSX): the first sheet, its first row the headings, matched by
 * their words, not their order: finding or recommendation (an id such as F13, or the finding's words), action, owner
 * (user id, email or name), due date, and, when there, description, status, RAG, % complete and last progress. Every
 * row that cannot be read is named with why; nothing is stored here.
 */
@Component
public class PlanSpreadsheetReader {

    enum Column { FINDING, TITLE, DESCRIPTION, OWNER, DUE, STATUS, RAG, PERCENT, PROGRESS }

    private final LetterService letters;
    private final People people;
    private final ImportLimits limits;

    PlanSpreadsheetReader(LetterService letters, People people, ImportLimits limits) {
        this.letters = letters;
        this.people = people;
        this.limits = limits;
    }

    public PlanImport read(String letterId, byte[] xlsx) {
        if (xlsx.length > limits.maxBytes()) {
            throw new BadRequest("The spreadsheet is larger than " + limits.maxBytes() / 1_000_000 + " MB.",
                    List.of(new FieldError("file", "must be at most " + limits.maxBytes() + " bytes")));
        }
        List<Finding> findings = letters.get(letterId).getFindings();
        ZipSecureFile.setMaxEntrySize(limits.maxUnpackedBytes());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return read(book.getSheetAt(0), findings);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequest refused) {
                throw refused;
            }
            throw new BadRequest("The file is not a spreadsheet this can read (an XLSX workbook).",
                    List.of(new FieldError("file", "is not a readable XLSX workbook")));
        }
    }

    private PlanImport read(Sheet sheet, List<Finding> findings) {
        DataFormatter shown = new DataFormatter(Locale.UK);
        Row headingRow = sheet.getRow(sheet.getFirstRowNum());
        Map<Column, Integer> columns = headingRow == null ? Map.of() : columns(headingRow, shown);
        List<String> used = new ArrayList<>();
        columns.forEach((column, index) -> used.add(column.name().toLowerCase(Locale.UK) + " ← "
                + shown.formatCellValue(headingRow.getCell(index))));
        List<String> missing = List.of(Column.TITLE, Column.OWNER, Column.DUE).stream()
                .filter(c -> !columns.containsKey(c)).map(c -> c.name().toLowerCase(Locale.UK)).toList();
        if (!missing.isEmpty()) {
            return new PlanImport(used, List.of(), List.of(new PlanImport.Problem(1, "no column heading reads as "
                    + String.join(", ", missing) + " (headings such as Action, Owner, Due date)")));
        }
        if (sheet.getLastRowNum() - sheet.getFirstRowNum() > limits.maxRows()) {
            return new PlanImport(used, List.of(), List.of(new PlanImport.Problem(limits.maxRows() + 2,
                    "the sheet has more than " + limits.maxRows() + " rows; a plan has at most " + PlanService.MAX_ACTIONS
                            + " actions")));
        }
        List<PlanImport.Row> actions = new ArrayList<>();
        List<PlanImport.Problem> problems = new ArrayList<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || columns.values().stream().allMatch(c -> text(row, c, shown) == null)) {
                continue; // a blank row between groups
            }
            int number = r + 1;
            List<String> why = new ArrayList<>();
            String title = text(row, columns.get(Column.TITLE), shown);
            if (title == null) {
                why.add("no action");
            }
            String ownerWritten = text(row, columns.get(Column.OWNER), shown);
            String owner = ownerWritten == null ? null
                    : owners.computeIfAbsent(ownerWritten, w -> people.find(w).orElse(null));
            if (ownerWritten == null) {
                why.add("no owner");
            } else if (owner == null) {
                why.add("no one here is called or has the email “" + ownerWritten + "”");
            }
            LocalDate due = date(row.getCell(columns.get(Column.DUE)), shown);
            if (due == null) {
                why.add(text(row, columns.get(Column.DUE), shown) == null ? "no due date"
                        : "the due date “" + text(row, columns.get(Column.DUE), shown) + "” is not a date");
            } else if (!DateRange.accepts(due)) {
                why.add("the due date " + due + " " + DateRange.RULE);
            }
            List<String> findingIds = List.of();
            String finding = text(row, columns.get(Column.FINDING), shown);
            if (finding != null) {
                Optional<Finding> match = match(finding, findings);
                if (match.isEmpty()) {
                    why.add("no finding of the letter is “" + abbreviated(finding) + "”");
                } else {
                    findingIds = List.of(match.get().id());
                }
            }
            Integer percent = null;
            String percentWritten = text(row, columns.get(Column.PERCENT), shown);
            if (percentWritten != null) {
                try {
                    double value = Double.parseDouble(percentWritten.replace("%", "").strip());
                    // 0.4 in a cell not shown as a percentage is a fraction, as spreadsheets keep 40%
                    percent = (int) Math.round(!percentWritten.contains("%") && value > 0 && value < 1 ? value * 100 : value);
                    if (percent < 0 || percent > 100) {
                        why.add("% complete " + percentWritten + " is not between 0 and 100");
                    }
                } catch (NumberFormatException e) {
                    why.add("% complete “" + percentWritten + "” is not a number");
                }
            }
            String rag = text(row, columns.get(Column.RAG), shown);
            if (rag != null && !List.of("RED", "AMBER", "GREEN").contains(rag.toUpperCase(Locale.UK))) {
                why.add("RAG “" + rag + "” is not Red, Amber or Green");
            }
            if (why.isEmpty()) {
                actions.add(new PlanImport.Row(number, findingIds, title, text(row, columns.get(Column.DESCRIPTION), shown),
                        owner, ownerWritten, due, text(row, columns.get(Column.STATUS), shown),
                        rag == null ? null : rag.toUpperCase(Locale.UK), percent,
                        text(row, columns.get(Column.PROGRESS), shown)));
            } else {
                problems.add(new PlanImport.Problem(number, String.join("; ", why)));
            }
        }
        if (actions.isEmpty() && problems.isEmpty()) {
            problems.add(new PlanImport.Problem(2, "the sheet has no actions under its headings"));
        }
        return new PlanImport(used, actions, problems);
    }

    /** Each column by the words of its heading; the first heading that reads as a column wins it. */
    static Map<Column, Integer> columns(Row headings, DataFormatter shown) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Cell cell : headings) {
            String heading = shown.formatCellValue(cell).toLowerCase(Locale.UK).strip();
            Column column = heading.isEmpty() ? null
                    : heading.contains("finding") || heading.contains("recommendation") ? Column.FINDING
                    : heading.contains("original") ? null // the original due date: the current one is what the plan takes
                    : heading.contains("due") || heading.contains("deadline") || heading.contains("target date") ? Column.DUE
                    : heading.contains("owner") || heading.contains("lead") || heading.contains("responsib") ? Column.OWNER
                    : heading.contains("rag") ? Column.RAG
                    : heading.contains("%") || heading.contains("percent") || heading.contains("complete") ? Column.PERCENT
                    : heading.contains("status") ? Column.STATUS
                    : heading.contains("progress") || heading.contains("update") ? Column.PROGRESS
                    : heading.contains("description") || heading.contains("detail") ? Column.DESCRIPTION
                    : heading.contains("action") || heading.contains("title") ? Column.TITLE
                    : null;
            if (column != null) {
                columns.putIfAbsent(column, cell.getColumnIndex());
            }
        }
        return columns;
    }

    private static String text(Row row, Integer column, DataFormatter shown) {
        if (column == null) {
            return null;
        }
        String text = shown.formatCellValue(row.getCell(column)).strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(Cell cell, DataFormatter shown) {
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = shown.formatCellValue(cell).strip();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return EnglishDates.parse(text); // "5 August 2011", "05/08/2011"
        }
    }

    /** By id ("F13"), else by the finding's words, whole or as their start, ignoring case and spacing. */
    private static Optional<Finding> match(String written, List<Finding> findings) {
        String wanted = written.strip();
        Optional<Finding> byId = findings.stream().filter(f -> f.id().equalsIgnoreCase(wanted)).findFirst();
        if (byId.isPresent()) {
            return byId;
        }
        String words = normal(wanted);
        List<Finding> byWords = findings.stream()
                .filter(f -> normal(f.text()).equals(words) || (words.length() >= 30 && normal(f.text()).startsWith(words)))
                .toList();
        return byWords.size() == 1 ? Optional.of(byWords.get(0)) : Optional.empty();
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.UK).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
