package org.scrutineer.overview;

import org.scrutineer.audit.AuditTrail;
import org.scrutineer.pages.PageController;
import org.scrutineer.pages.SignedIn;
import org.scrutineer.pages.UkDates;
import org.scrutineer.people.People;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.report.Report;
import org.scrutineer.report.ReportService;
import org.scrutineer.report.Verification;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.NotFound;
import org.scrutineer.workflow.FormPage;
import org.scrutineer.workflow.OpenWork;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.scrutineer.audit.AuditActions.*;

/**
 * {@code /reports/{id}}, for chairs and coordinators: the report's PDF in the page (with a download for browsers that
 * cannot show it), its cycle's versions, and for a chair while the report waits for them, the decision on the same
 * page. The decision is the sign-off task's own form, rendered from its {@code .form} and sent to the task page,
 * which checks and completes it as any task and brings the chair back here. {@code /reports/{id}/verify} shows
 * the same page with the stored PDF hashed again against what was recorded.
 */
@PageController
class ReportPage {

    private final ReportService reports;
    private final OpenWork work;
    private final LetterTitles titles;
    private final People people;

    /**
     * What, done after a draft was made, its paper does not show: a chair reading it should know before deciding (a
     * due date the draft lists as asked for may have been moved since, an update may have come in late).
     */
    private static final Set<String> CHANGES_A_PAPER = Set.of(ACTION_DUE_DATE_MOVED, ACTION_EXTENSION_REFUSED,
            ACTION_EXTENSION_WITHDRAWN, ACTION_REASSIGNED, PROGRESS_REPORTED, PROGRESS_REVISED);

    private final AuditTrail audit;
    private final ProgressService progress;

    ReportPage(ReportService reports, OpenWork work, LetterTitles titles, People people, AuditTrail audit,
               ProgressService progress) {
        this.progress = progress;
        this.audit = audit;
        this.reports = reports;
        this.work = work;
        this.titles = titles;
        this.people = people;
    }

    /** The stored PDF hashed again; for a signed version, also the draft it certifies. */
    record Check(Verification pdf, ReportLine certified, Verification certifiedPdf, boolean certifiedHashMatches) {
        public boolean allMatch() {
            return pdf.matches() && (certified == null || (certifiedPdf.matches() && certifiedHashMatches));
        }
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable String id, @ModelAttribute("me") SignedIn me, Model model) {
        return page(reports.get(id), null, me, model);
    }

    @GetMapping("/reports/{id}/verify")
    String verify(@PathVariable String id, @ModelAttribute("me") SignedIn me, Model model) {
        Report report = reports.get(id);
        Check check;
        if (report.certifies() == null) {
            check = new Check(reports.verify(id), null, null, false);
        } else {
            Report draft = reports.get(report.certifies());
            check = new Check(reports.verify(id), ReportLine.of(draft, null, new Names(people)),
                    reports.verify(draft.id()), draft.sha256().equals(report.certifiedSha256()));
        }
        return page(report, check, me, model);
    }

    @SuppressWarnings("unchecked")
    private String page(Report report, Check check, SignedIn me, Model model) {
        Names names = new Names(people);
        String title = titles.of(List.of(report.letterId())).getOrDefault(report.letterId(), "A withdrawn letter");
        ReportLine line = ReportLine.of(report, title, names);
        model.addAttribute("report", line);
        model.addAttribute("certifiedSha256", report.certifiedSha256());
        model.addAttribute("signedVersion", report.signedVersion());
        model.addAttribute("versions", reports.versionsOf(report.cycleId()).stream()
                .map(r -> ReportLine.of(r, title, names)).toList());
        model.addAttribute("check", check);

        OpenWork.SignOff signOff = work.signOffOf(report.id()).orElse(null);
        String taskId = signOff == null ? null : signOff.taskId();
        model.addAttribute("waitingForDecision", taskId != null);
        // the meeting it is for, and while it waits the day it is to be decided by, as the chair's list says
        LocalDate meeting = progress.cycle(report.cycleId()).meetingDate();
        model.addAttribute("meeting", UkDates.day(meeting));
        model.addAttribute("waiting", signOff == null ? null : ChairDesk.waiting(signOff, line, meeting));
        if (taskId != null) {
            AuditSentence sentences = new AuditSentence(names);
            model.addAttribute("changedSince", audit.since(report.letterId(), report.createdAt(), CHANGES_A_PAPER)
                    .stream().map(sentences::of).toList());
        }
        if (taskId != null && me.isChair()) {
            Map<String, Object> sent = (Map<String, Object>) model.getAttribute(OpenWork.SENT);
            Map<String, String> errors = (Map<String, String>) model.getAttribute(OpenWork.ERRORS);
            try {
                FormPage decision = work.form(taskId, me.id(), me.groups(), sent == null ? Map.of() : sent,
                        errors == null ? Map.of() : errors);
                model.addAttribute("decision", decision);
                model.addAttribute("taskId", taskId);
                model.addAttribute("returnTo", "/reports/" + report.id());
            } catch (Forbidden | NotFound notTheirs) {
                // decided meanwhile, or not this chair's to decide: the page shows the report without the form
            }
        }
        return "overview/report";
    }
}
