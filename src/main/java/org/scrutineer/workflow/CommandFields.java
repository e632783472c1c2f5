package org.scrutineer.workflow;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Reads the engine's commands' fields, which have no getters. Every field {@link DoorGuard} reads is named in
 * {@link #PINNED} and looked up when the engine starts (and by {@code DoorGuardTests}), so an engine upgrade that
 * renames one fails at once rather than letting a command through unchecked.
 */
final class CommandFields {

    static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
    static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
    static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
    static final Field SUBMIT_PROPERTIES = field(SubmitTaskFormCmd.class, "properties");
    static final Field PROPERTY_TASK_ID = field(AbstractSetTaskPropertyCmd.class, "taskId");
    static final Field LINK_USER = field(AbstractAddIdentityLinkCmd.class, "userId");
    static final Field LINK_GROUP = field(AbstractAddIdentityLinkCmd.class, "groupId");
    static final Field LINK_TYPE = field(AbstractAddIdentityLinkCmd.class, "type");
    static final Field CLAIM_TASK_ID = field(ClaimTaskCmd.class, "taskId");
    static final Field CLAIM_USER = field(ClaimTaskCmd.class, "userId");
    static final Field SAVED_TASK = field(SaveTaskCmd.class, "task");
    static final Field CORRELATION = field(AbstractCorrelateMessageCmd.class, "builder");
    static final Field SAVED_USER = field(SaveUserCmd.class, "user");
    static final Field DELEGATE_TASK_ID = field(DelegateTaskCmd.class, "taskId");
    static final Field DELEGATE_USER = field(DelegateTaskCmd.class, "userId");

    /** The fields read, with the types they must have. */
    static final List<Field> PINNED = List.of(COMPLETE_TASK_ID, COMPLETE_VARIABLES, SUBMIT_TASK_ID, SUBMIT_PROPERTIES,
            PROPERTY_TASK_ID, LINK_USER, LINK_GROUP, LINK_TYPE, CLAIM_TASK_ID, CLAIM_USER, SAVED_TASK, CORRELATION,
            SAVED_USER, DELEGATE_TASK_ID, DELEGATE_USER);
    static final List<Class<?>> PINNED_TYPES = List.of(String.class, Map.class, String.class, Map.class, String.class,
            String.class, String.class, String.class, String.class, String.class, TaskEntity.class,
            MessageCorrelationBuilderImpl.class, User.class, String.class, String.class);

    private CommandFields() {
    }

    static <T> T read(Field field, Object command, Class<T> type) {
        try {
            return type.cast(field.get(command));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("the engine's " + type.getName() + " has no field '" + name
                    + "' any more: DoorGuard cannot check it; see CommandFields", e);
        }
    }
}
