package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.scrutineer.finding.Finding;
import org.scrutineer.finding.Section;
import org.scrutineer.finding.Timescale;
import org.scrutineer.letter.LetterService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.scrutineer.workflow.Variables.CONFIRMED;
import static org.scrutineer.workflow.Variables.FINDINGS;
import static org.scrutineer.workflow.Variables.LETTER_DATE;
import static org.scrutineer.workflow.Variables.LETTER_TITLE;

/** Keeps the coordinator's corrections to the findings, and confirms them when told to. */
@Component("findingsReviewed")
class FindingsReviewed implements TaskListener {

    private final LetterService letters;
    private final FormValues values;
    private final TaskSubjects subjects;

    FindingsReviewed(LetterService letters, FormValues values, TaskSubjects subjects) {
        this.letters = letters;
        this.values = values;
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        String letterId = subjects.of(task).letterId();
        letters.retitle(letterId, FormValues.text(task.getVariable(LETTER_TITLE)), Causes.of(task));
        String date = FormValues.text(task.getVariable(LETTER_DATE));
        if (date != null) {
            letters.redate(letterId, LocalDate.parse(date), Causes.of(task)); // the form checked it is a date
        }
        if (values.plain(task.getVariable(FINDINGS)) instanceof List<?> revised) {
            letters.reviseFindings(letterId, revised.stream().map(f -> finding((Map<?, ?>) f)).toList(), Causes.of(task));
        }
        if (Boolean.TRUE.equals(task.getVariable(CONFIRMED))) {
            letters.confirmFindings(letterId, Causes.of(task));
        }
    }

    /** The source is not the coordinator's to change: the letter keeps it by the finding's id. */
    private static Finding finding(Map<?, ?> fields) {
        Object timescale = fields.get("timescale");
        Object theme = fields.get("theme");
        return new Finding(FormValues.text(fields.get("id")), Section.fromJson(String.valueOf(fields.get("section"))),
                String.valueOf(fields.get("text")).strip(),
                FormValues.text(timescale) == null ? null : Timescale.fromJson(timescale.toString()),
                FormValues.text(theme), null);
    }
}
