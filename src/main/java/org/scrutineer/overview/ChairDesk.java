package org.scrutineer.overview;

import org.scrutineer.pages.UkDates;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportService;
import org.scrutineer.workflow.OpenWork;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What a scrutiny chair has on their desk: the reports waiting for a decision, and the latest decisions made. */
@Component
class ChairDesk {

    static final int DECISIONS_SHOWN = 10;

    private final OpenWork work;
    private final ReportService reports;
    private final LetterTitles titles;
    private final ProgressService progress;

    ChairDesk(OpenWork work, ReportService reports, LetterTitles titles, ProgressService progress) {
        this.progress = progress;
        this.work = work;
        this.reports = reports;
        this.titles = titles;
    }

    /**
     * A report waiting for a decision, since when, the day it is to be decided by, and the meeting it is for (each
     * empty when none is set): a chair deciding after the meeting should see that they are.
     */
    record Waiting(ReportLine report, String since, String due, String meeting, boolean afterMeeting) {
    }

    record Desk(List<Waiting> waiting, List<ReportLine> decided) {
    }

    /** A report's wait for its chair, as the chair's list and the report's own page show it. */
    static Waiting waiting(OpenWork.SignOff s, ReportLine report, LocalDate meeting) {
        LocalDate due = s.due() == null ? null : s.due().toInstant().atZone(UkDates.LONDON).toLocalDate();
        return new Waiting(report, UkDates.day(s.since()), UkDates.day(s.due()), UkDates.day(meeting),
                meeting != null && due != null && due.isAfter(meeting));
    }

    Desk of(Names names) {
        List<OpenWork.SignOff> signOffs = work.signOffs();
        Map<String, Report> waiting = reports.all(signOffs.stream().map(OpenWork.SignOff::reportId).toList()).stream()
                .collect(Collectors.toMap(Report::id, Function.identity()));
        List<Report> decided = reports.lastDecided(DECISIONS_SHOWN);
        Set<String> letterIds = new HashSet<>();
        waiting.values().forEach(r -> letterIds.add(r.letterId()));
        decided.forEach(r -> letterIds.add(r.letterId()));
        Map<String, String> titles = this.titles.of(letterIds);
        List<Waiting> open = signOffs.stream().filter(s -> waiting.containsKey(s.reportId()))
                .map(s -> {
                    Report report = waiting.get(s.reportId());
                    return waiting(s, ReportLine.of(report, titles.get(report.letterId()), names),
                            progress.cycle(report.cycleId()).meetingDate());
                }).toList();
        return new Desk(open, decided.stream().map(r -> ReportLine.of(r, titles.get(r.letterId()), names)).toList());
    }
}
