package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.ACTION_TITLE;
import static org.scrutineer.workflow.Variables.LETTER_TITLE;

/**
 * Names each task after what it is about, from the form's read-only fields: Tasklist's list shows only a task's
 * name and process, so an owner's three progress updates would otherwise read alike. "Submit progress update"
 * becomes "Submit progress update · A1 Record every case decision…"; the diagram keeps the plain name.
 */
@Component("taskNames")
class TaskNames implements TaskListener {

    /** Long enough to tell tasks apart in Tasklist's narrow list; the form shows the whole title. */
    private static final int MAX_LENGTH = 100;

    private final TaskSubjects subjects;

    TaskNames(TaskSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        Object actionId = subjects.of(task).actionId();
        Object about = actionId != null ? actionId + " " + task.getVariable(ACTION_TITLE) : task.getVariable(LETTER_TITLE);
        if (about != null) {
            task.setName(shortened(task.getName() + " · " + about));
        }
    }

    /** Cut at the last whole word that fits ("…and pathways…", never "…and pathw…"). */
    static String shortened(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        String cut = name.substring(0, Character.isHighSurrogate(name.charAt(MAX_LENGTH - 2)) ? MAX_LENGTH - 2 : MAX_LENGTH - 1);
        int space = cut.lastIndexOf(' ');
        if (space > MAX_LENGTH / 2 && !Character.isWhitespace(name.charAt(MAX_LENGTH - 1))) {
            cut = cut.substring(0, space);
        }
        return cut.strip().replaceAll("[,;:·–-]+$", "").strip() + "\u2026";
    }
}
