package org.scrutineer.report;

import org.scrutineer.audit.AuditTrail;
import org.scrutineer.audit.AuditValues;
import org.scrutineer.audit.Cause;
import org.scrutineer.people.People;
import org.scrutineer.progress.Cycle;
import org.scrutineer.progress.ProgressService;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Conflict;
import org.scrutineer.web.Paged;
import org.scrutineer.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.scrutineer.audit.AuditActions.REPORT_APPROVED;
import static org.scrutineer.audit.AuditActions.REPORT_GENERATED;
import static org.scrutineer.audit.AuditActions.REPORT_RETURNED;
import static org.scrutineer.audit.AuditActions.REPORT_SIGNED;

/**
 * Renders each cycle's report versions, stores them once, and records the chair's decision on them; each
 * draft, decision and signed version goes into the audit trail once stored.
 */
@Service
public class ReportService {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReportRepository reports;
    private final PdfStore pdfs;
    private final PrintedViews printedViews;
    private final ReportViews views;
    private final ReportRenderer renderer;
    private final ProgressService progress;
    private final AuditTrail audit;
    private final Clock clock;
    private final People people;

    ReportService(ReportRepository reports, PdfStore pdfs, PrintedViews printedViews, ReportViews views,
                  ReportRenderer renderer, ProgressService progress, AuditTrail audit, Clock clock, People people) {
        this.printedViews = printedViews;
        this.people = people;
        this.reports = reports;
        this.pdfs = pdfs;
        this.views = views;
        this.renderer = renderer;
        this.progress = progress;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Renders the cycle's next draft version. An undecided draft already there was rendered by a generation
     * whose transaction did not commit (a committed one leaves the cycle at sign-off, where nothing renders
     * until the chair decides), so it is rendered again in its place: the retry shows what the completion
     * that led to it finally submitted, under the same version.
     */
    public Report draft(String cycleId, Cause cause) {
        Report draft = renderDraft(cycleId);
        audit.record(cause, draft.letterId(), REPORT_GENERATED, draft.id(), null,
                AuditValues.of("version", draft.version(), "sha256", draft.sha256()));
        return draft;
    }

    private Report renderDraft(String cycleId) {
        List<Report> versions = reports.findByCycleIdOrderByVersion(cycleId);
        Optional<Report> last = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        int version = last.filter(r -> !r.isDecided()).map(Report::version).orElse(versions.size() + 1);
        Cycle cycle = progress.cycle(cycleId);
        ReportView view = views.view(cycle, version, today(), returnedIn(versions), lastApprovedBefore(cycle), null);
        List<String> reported = List.copyOf(progress.latestIn(cycleId).keySet());
        return store(cycle, view, renderer.renderReport(view), reported, null, null, statesOf(view));
    }

    /**
     * Returns a draft to the owners with the chair's comments.
     *
     * @param cause     the chair's decision: the chair is its actor
     * @param actionIds the actions to revise; empty means those the comments name ("A4: …"), else every action
     *                  reported in this cycle
     * @return the actions to revise
     */
    public List<String> returnDraft(String reportId, Cause cause, String comments, List<String> actionIds) {
        List<String> toRevise = returnToOwners(reportId, cause.actor(), comments, actionIds);
        audit.record(cause, get(reportId).letterId(), REPORT_RETURNED, reportId,
                AuditValues.of("status", ReportStatus.DRAFT),
                AuditValues.of("status", ReportStatus.RETURNED, "comments", comments, "returnedActionIds", toRevise));
        return toRevise;
    }

    private List<String> returnToOwners(String reportId, String chair, String comments, List<String> actionIds) {
        Report draft = get(reportId);
        if (draft.status() == ReportStatus.RETURNED && draft.decidedBy().equals(chair)) {
            return draft.returnedActionIds();
        }
        requireUndecided(draft);
        List<String> chosen = actionIds != null && !actionIds.isEmpty() ? actionIds : namedOrAll(draft, comments);
        List<String> unknown = chosen.stream().filter(id -> !draft.actionIds().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new BadRequest("The report has no actions " + unknown + " to return.",
                    List.of(new FieldError("returnedActionIds", "not in this report: " + unknown)));
        }
        // in the paper's order, as the pages list them, not the order the comments happened to name them
        List<String> toRevise = draft.actionIds().stream().filter(chosen::contains).toList();
        reports.save(draft.returned(chair, Instant.now(clock), comments, toRevise));
        return toRevise;
    }

    /** None ticked: the actions the comments address by number ("A4: …"), or, when they name none, every one. */
    private static List<String> namedOrAll(Report draft, String comments) {
        List<String> named = ChairComments.named(comments).stream().filter(draft.actionIds()::contains).toList();
        return named.isEmpty() ? draft.actionIds() : named;
    }

    /**
     * Records the chair's approval of a draft; the signed version is made from it by {@link #sign}, in a step of
     * its own. Approving the same draft again, as a retried completion does, changes nothing.
     *
     * @param cause the chair's decision: the chair is its actor
     */
    public Report approve(String reportId, Cause cause, String comments) {
        Report draft = get(reportId);
        if (draft.status() == ReportStatus.APPROVED && draft.decidedBy().equals(cause.actor())) {
            return draft;
        }
        requireUndecided(draft);
        Report approved = reports.save(draft.approved(cause.actor(), Instant.now(clock), comments));
        audit.record(cause, approved.letterId(), REPORT_APPROVED, reportId, AuditValues.of("status", ReportStatus.DRAFT),
                AuditValues.of("status", ReportStatus.APPROVED, "comments", comments));
        return approved;
    }

    /**
     * Renders the signed version of an approved draft, certifying the draft's hash, and records it on the draft.
     * Signing the same draft again returns the signed version already made.
     */
    public Report sign(String reportId, Cause cause) {
        Report draft = get(reportId);
        if (draft.signedVersion() != null) {
            return get(draft.signedVersion());
        }
        if (draft.status() != ReportStatus.APPROVED) {
            throw new Conflict("Report " + reportId + " is " + draft.status() + "; only an approved draft is signed.");
        }
        Cycle cycle = progress.cycle(draft.cycleId());
        var approval = approvalOf(draft);
        // The very view the chair read, with their sign-off: a due date moved or a request decided while the draft
        // waited is not in the paper that certifies it. A draft made before views were kept has its view rebuilt,
        // dated as the draft (overdue counts depend on the date).
        ReportView view = printedViews.of(draft.id()).map(read -> read.signed(draft.version() + 1, approval))
                .orElseGet(() -> views.view(cycle, draft.version() + 1,
                        draft.reportDate() != null ? draft.reportDate() : today(),
                        returnedIn(reports.findByCycleIdOrderByVersion(draft.cycleId())), lastApprovedBefore(cycle),
                        approval));
        // The states the chair approved are the draft's; the signed version keeps those, not a re-reading.
        List<ActionState> states = draft.actionStates() != null ? draft.actionStates() : statesOf(view);
        Report signed = store(cycle, view, renderer.renderReport(view), draft.actionIds(), draft.id(), draft.sha256(), states);
        reports.save(draft.signedAs(signed.id()));
        audit.record(cause, signed.letterId(), REPORT_SIGNED, reportId, null,
                AuditValues.of("signedVersion", signed.id(), "sha256", signed.sha256(), "certifiedSha256",
                        signed.certifiedSha256()));
        return signed;
    }

    /**
     * The view a stored version printed, for its editable Word copy. A version made before views were kept has it
     * rebuilt: the version's date, approval and the returned versions before it, with the plan and the cycle's
     * updates as they stand now.
     */
    ReportView viewOf(String reportId) {
        Report report = get(reportId);
        Optional<ReportView> printed = printedViews.of(reportId);
        if (printed.isPresent()) {
            return printed.get();
        }
        Cycle cycle = progress.cycle(report.cycleId());
        ReportView.Approval approval = report.certifies() == null ? null : approvalOf(get(report.certifies()));
        List<Report> earlier = reports.findByCycleIdOrderByVersion(report.cycleId()).stream()
                .filter(r -> r.version() < report.version()).toList();
        return views.view(cycle, report.version(), report.reportDate() != null ? report.reportDate() : today(),
                returnedIn(earlier), lastApprovedBefore(cycle), approval);
    }

    /** The chair's approval of a draft as the signed version prints it: the chair by name and title. */
    private ReportView.Approval approvalOf(Report approvedDraft) {
        return new ReportView.Approval(people.person(approvedDraft.decidedBy()).nameAndTitle(),
                approvedDraft.decidedAt(), approvedDraft.sha256(), approvedDraft.version());
    }

    public Report get(String reportId) {
        return reports.findById(reportId).orElseThrow(() -> new ReportNotFound(reportId));
    }

    public List<Report> ofLetter(String letterId) {
        return reports.findByLetterIdOrderByCycleNumberAscVersionAsc(letterId);
    }

    Paged<Report> ofLetter(String letterId, Paging paging) {
        List<Report> page = reports.findByLetterId(letterId, PageRequest.of(paging.page(), paging.size(),
                Sort.by("cycleNumber", "version")));
        return new Paged<>(page, reports.countByLetterId(letterId));
    }

    /** These report versions, in one read; an id with none is left out. */
    public List<Report> all(Collection<String> reportIds) {
        return reports.findAllById(reportIds);
    }

    /** The cycle's versions, first to last. */
    public List<Report> versionsOf(String cycleId) {
        return reports.findByCycleIdOrderByVersion(cycleId);
    }

    /** The chair's latest decisions (approvals and returns), newest first. */
    public List<Report> lastDecided(int limit) {
        return reports.findByDecidedAtNotNull(PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "decidedAt")));
    }

    /** Re-hashes the stored bytes, so anyone can check a signed report has not been altered since. */
    public Verification verify(String reportId) {
        Report report = get(reportId);
        String stored = sha256(pdfs.read(report.id()));
        return new Verification(report.id(), report.sha256(), stored, stored.equals(report.sha256()));
    }

    public byte[] pdf(String reportId) {
        return pdfs.read(get(reportId).id());
    }

    /**
     * Stores a version's PDF, then its record. Only versions nobody has decided on are stored, so whatever is
     * under this id came from an attempt whose transaction did not commit (a crash can leave the PDF without
     * its record) and is replaced: the recorded hash is always the stored bytes'.
     */
    private Report store(Cycle cycle, ReportView view, RenderedReport rendered, List<String> actionIds, String certifies,
                         String certifiedSha256, List<ActionState> states) {
        byte[] pdf = rendered.pdf();
        String id = Report.idOf(cycle.id(), view.version());
        pdfs.store(id, pdf);
        printedViews.keep(id, view);
        ReportStatus status = certifies == null ? ReportStatus.DRAFT : ReportStatus.APPROVED;
        return reports.save(new Report(id, cycle.letterId(), cycle.id(), cycle.number(), view.version(), status,
                sha256(pdf), pdf.length, Instant.now(clock), actionIds, null, null, null, null,
                certifies, certifiedSha256, null, view.reportDate(), List.copyOf(states), rendered.warnings()));
    }

    /** The cycle's returned versions, oldest first: their comments print beside the actions they returned. */
    private static List<Report> returnedIn(List<Report> versions) {
        return versions.stream().filter(r -> r.status() == ReportStatus.RETURNED).toList();
    }

    /** The newest approved version of an earlier cycle: what "changes since the last approved report" compares with. */
    private Optional<Report> lastApprovedBefore(Cycle cycle) {
        return ofLetter(cycle.letterId()).stream()
                .filter(r -> r.status() == ReportStatus.APPROVED && r.cycleNumber() < cycle.number())
                .reduce((earlier, later) -> later);
    }

    private static List<ActionState> statesOf(ReportView view) {
        return view.actions().stream().map(a -> ActionState.of(a, view.reportDate())).toList();
    }

    private static void requireUndecided(Report report) {
        if (report.isDecided()) {
            throw new Conflict("Report " + report.id() + " is " + report.status() + " already; its decision is final.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
