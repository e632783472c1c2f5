package org.scrutineer.overview;

import org.scrutineer.audit.AuditEntry;
import org.scrutineer.audit.AuditTrail;
import org.scrutineer.pages.UkDates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.scrutineer.audit.AuditActions.*;

/**
 * An audit entry in plain words, as a coordinator reads the trail: "14 Mar 2027 10:02 — Owen Owner reported A2
 * AMBER, 40%". People by name; what the engine did on its own is Scrutineer's. An action the trail does not know yet
 * is still said, by its stable name.
 */
final class AuditSentence {

    private static final Pattern CYCLE = Pattern.compile("-cycle-(\\d+)(?::v(\\d+))?$");

    private final Names names;

    AuditSentence(Names names) {
        this.names = names;
    }

    /** One line of the trail: when (as shown, and as ISO for the page's {@code <time>}), and what. */
    record Line(String when, String at, String sentence) {
    }

    Line of(AuditEntry entry) {
        return new Line(UkDates.moment(entry.at()), entry.at().toString(), sentence(entry));
    }

    String sentence(AuditEntry e) {
        String who = AuditTrail.SYSTEM.equals(e.actor()) ? "Scrutineer" : names.of(e.actor());
        Map<String, Object> before = e.before() == null ? Map.of() : e.before();
        Map<String, Object> after = e.after() == null ? Map.of() : e.after();
        String subject = e.subject();
        return switch (e.action()) {
            case LETTER_REGISTERED -> who + " registered the letter" + bracketed(after.get("filename"));
            case LETTER_WITHDRAWN -> who + " withdrew the letter";
            case LETTER_RETITLED -> who + " named the letter" + quoted(after.get("title"))
                    + (before.get("title") == null ? "" : ", instead of" + quoted(before.get("title")).substring(1));
            case LETTER_REDATED -> who + " dated the letter " + day(after.get("letterDate"))
                    + (before.get("letterDate") == null ? "" : ", instead of " + day(before.get("letterDate")));
            case FINDINGS_EXTRACTED -> "Scrutineer read " + count(after.get("findings"), "finding") + " from the letter";
            case FINDINGS_REVISED -> who + " revised the findings: " + findingChanges(before.keySet(), after.keySet());
            case FINDINGS_CONFIRMED -> who + " confirmed the letter's " + count(after.get("findings"), "finding");
            case PLAN_DRAFTED -> who + " drafted the action plan: "
                    + count(after.get("actions") instanceof Map<?, ?> actions ? actions.size() : null, "action");
            case ACTION_ACCEPTED -> who + " accepted " + subject;
            case ACTION_DECLINED -> who + " declined " + subject + quoted(after.get("reason"));
            case ACTION_REASSIGNED -> who + " gave " + subject + " to " + name(after.get("owner"))
                    + (before.get("owner") == null ? "" : " in place of " + name(before.get("owner")));
            case PLAN_LIVE -> "The action plan went live: every action accepted";
            case ACTION_DUE_DATE_MOVED -> who + " moved " + subject + "'s due date from " + day(before.get("dueDate"))
                    + " to " + day(after.get("dueDate")) + quoted(after.get("reason"));
            case CYCLE_OPENED -> who + " opened reporting cycle " + cycleOf(subject)
                    + (after.get("meetingDate") == null ? "" : ", for the meeting of " + day(after.get("meetingDate")))
                    + (after.get("updatesDue") == null ? "" : "; updates due " + day(after.get("updatesDue")));
            case ACTION_EXTENSION_REQUESTED -> who + " asked to move " + subject + "'s due date to "
                    + day(after.get("requestedDueDate")) + quoted(after.get("reason"));
            case ACTION_EXTENSION_REFUSED -> who + " refused to move " + subject + "'s due date to "
                    + day(after.get("requestedDueDate")) + quoted(after.get("refusal"));
            case ACTION_EXTENSION_WITHDRAWN -> name(after.get("requestedBy")) + "'s request to move " + subject
                    + "'s due date to " + day(after.get("requestedDueDate")) + " was withdrawn: " + subject
                    + " was reported completed";
            case PLAN_MEETINGS_SCHEDULED -> who + " set the committee's meeting dates";
            case PROGRESS_MISSED -> "No update from " + name(after.get("owner")) + " on " + subject
                    + " reached this cycle's report" + quoted(after.get("reason"));
            case PROGRESS_REPORTED -> who + " reported " + subject + " " + measures(after);
            case PROGRESS_REVISED -> revised(who, subject, before, after);
            case REPORT_GENERATED -> "Scrutineer rendered " + report(subject);
            case REPORT_RETURNED -> who + " returned " + report(subject) + returned(after.get("returnedActionIds"))
                    + quoted(after.get("comments"));
            case REPORT_APPROVED -> who + " approved " + report(subject) + quoted(after.get("comments"));
            case REPORT_SIGNED -> "Scrutineer signed " + report(subject) + " as version "
                    + versionOf(String.valueOf(after.get("signedVersion")));
            case ACTION_COMPLETED -> subject + " completed, as the approved report shows";
            case CYCLE_CLOSED -> "Reporting cycle " + cycleOf(subject) + " closed";
            case PLAN_CLOSED -> "The action plan closed: every action completed";
            default -> who + ": " + e.action() + (subject == null ? "" : " " + subject);
        };
    }

    /** A revision that moved no measure changed only its words: "(was AMBER, 10%)" beside "AMBER, 10%" read as a change. */
    private static String revised(String who, String subject, Map<String, Object> before, Map<String, Object> after) {
        String now = measures(after);
        if (before.isEmpty()) {
            return who + " revised " + subject + " to " + now;
        }
        String was = measures(before);
        return was.equals(now) ? who + " revised " + subject + "'s update, still " + now
                : who + " revised " + subject + " to " + now + " (was " + was + ")";
    }

    /** "AMBER, 40%", ", complete" when reported so. */
    private static String measures(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        if (values.get("rag") != null) {
            parts.add(String.valueOf(values.get("rag")));
        }
        if (values.get("percentComplete") != null) {
            parts.add(values.get("percentComplete") + "%");
        }
        if (Boolean.TRUE.equals(values.get("completed"))) {
            parts.add("complete");
        }
        return parts.isEmpty() ? "with no rating" : String.join(", ", parts);
    }

    private static String findingChanges(Collection<String> before, Collection<String> after) {
        List<String> parts = new ArrayList<>();
        List<String> changed = after.stream().filter(before::contains).toList();
        List<String> added = after.stream().filter(id -> !before.contains(id)).toList();
        List<String> removed = before.stream().filter(id -> !after.contains(id)).toList();
        if (!changed.isEmpty()) {
            parts.add("changed " + String.join(", ", changed));
        }
        if (!added.isEmpty()) {
            parts.add("added " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("removed " + String.join(", ", removed));
        }
        return String.join("; ", parts);
    }

    private static String returned(Object actionIds) {
        return actionIds instanceof Collection<?> ids && !ids.isEmpty()
                ? " to revise " + String.join(", ", ids.stream().map(String::valueOf).toList()) : "";
    }

    /** "version 2 of cycle 1's report", from the report's id "{letter}-cycle-1:v2". */
    private static String report(String reportId) {
        Matcher m = reportId == null ? null : CYCLE.matcher(reportId);
        return m != null && m.find() && m.group(2) != null
                ? "version " + m.group(2) + " of cycle " + m.group(1) + "'s report" : "report " + reportId;
    }

    private static String versionOf(String reportId) {
        Matcher m = CYCLE.matcher(reportId);
        return m.find() && m.group(2) != null ? m.group(2) : reportId;
    }

    private static String cycleOf(String cycleId) {
        Matcher m = cycleId == null ? null : CYCLE.matcher(cycleId);
        return m != null && m.find() ? m.group(1) : String.valueOf(cycleId);
    }

    private String name(Object userId) {
        return names.of(userId == null ? null : String.valueOf(userId));
    }

    private static String count(Object n, String noun) {
        return n == null ? noun + "s" : n + " " + noun + ("1".equals(String.valueOf(n)) ? "" : "s");
    }

    private static String bracketed(Object text) {
        return text == null ? "" : " (" + text + ")";
    }

    private static String quoted(Object text) {
        return text == null || String.valueOf(text).isBlank() ? ""
                : ": “" + Excerpts.start(String.valueOf(text), 200) + "”";
    }

    /** An ISO date as the trail recorded it, in UK words; what is no date is said as it is. */
    private static String day(Object iso) {
        if (iso == null) {
            return "no date";
        }
        try {
            return UkDates.day(LocalDate.parse(String.valueOf(iso)));
        } catch (DateTimeParseException e) {
            return String.valueOf(iso);
        }
    }
}
