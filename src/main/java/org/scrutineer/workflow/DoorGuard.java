package org.scrutineer.workflow;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.*;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.type.SpinValueType;
import org.scrutineer.web.BadRequest;
import org.scrutineer.web.BadRequest.FieldError;
import org.scrutineer.web.Forbidden;
import org.scrutineer.web.Refusals;
import org.scrutineer.web.RequestUser;
import org.scrutineer.workflow.form.FormField;
import org.scrutineer.workflow.form.TaskForm;
import org.springframework.security.core.GrantedAuthority;

import java.util.*;
import java.util.function.Function;

/**
 * The engine's own check of what a person asks of it, through any door (our API, /engine-rest, Tasklist's engine
 * API): it sees each command before it runs, with who asked.
 * <ul>
 * <li>A completion sets only the fields its form declares editable; a read-only field may come back unchanged,
 * as Tasklist sends it, and is then not written. Anything else is refused (400 naming each field). Its decision
 * is taken only by the role that owns it ({@link TaskRoles}), whoever the task is assigned to (403).</li>
 * <li>A task is given (assignee, owner, claim) only to someone who may decide it, and left unassigned only when its
 * group may take it.</li>
 * <li>Writing variables outside a completion, modifying, migrating, restarting, suspending or deleting process
 * instances, delegating, resolving or ending tasks by error or escalation, changing candidates, changing a task's
 * name, dates or priority, the jobs that carry letters on, a person's name, email, groups or account, and
 * correlating a message with variables, or to every process at once, are for administrators ({@code camunda-admin})
 * only; a person may still change their own password.</li>
 * <li>What a completion keeps is its text as every reader sees it ({@link CompletionText}).</li>
 * </ul>
 * A command with nobody signed in is the server's own (a job, a timer, a start), and one run inside another
 * command was checked as part of it. Who asked is the engine's current authentication, which the webapps and our
 * API set, else the signed-in user of the request (/engine-rest, which sets none).
 */
final class DoorGuard extends CommandInterceptor {

    private static final List<Class<?>> ADMINS_ONLY = List.of(
            // variables outside a completion
            AbstractVariableCmd.class, AbstractPatchVariablesCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            // moving, migrating, restarting, suspending and deleting process instances
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, AbstractModificationCmd.class,
            AbstractProcessInstanceModificationCommand.class, StartProcessInstanceAtActivitiesCmd.class,
            AbstractMigrationCmd.class, AbstractRestartProcessInstanceCmd.class, AbstractDeleteProcessInstanceCmd.class,
            DeleteProcessInstanceBatchCmd.class, AbstractSetProcessInstanceStateCmd.class,
            AbstractUpdateProcessInstancesSuspendStateCmd.class, SignalCmd.class, SignalEventReceivedCmd.class,
            MessageEventReceivedCmd.class, EvaluateStartConditionCmd.class,
            // ending or handing over a task other than by completing it
            ResolveTaskCmd.class, DelegateTaskCmd.class, HandleTaskBpmnErrorCmd.class, HandleTaskEscalationCmd.class,
            DeleteTaskCmd.class, DeleteIdentityLinkCmd.class,
            // a task's name, description, priority, due and follow-up dates: the late list and reminders read them
            // (not their base class, which handovers share)
            SetTaskNameCmd.class, SetTaskDescriptionCmd.class, SetTaskPriorityCmd.class, SetTaskDueDateCmd.class,
            SetTaskFollowUpDateCmd.class,
            // the timers and continuations that move letters on: a coordinator's right to ask for a cycle let
            // Tasklist's API suspend every letter's timer at once, run one early or delete it
            SetJobDuedateCmd.class, RecalculateJobDuedateCmd.class, SetJobRetriesCmd.class,
            AbstractSetJobsRetriesBatchCmd.class, SetJobPriorityCmd.class, SetJobDefinitionPriorityCmd.class,
            AbstractSetJobStateCmd.class, AbstractSetJobDefinitionStateCmd.class, DeleteJobCmd.class,
            ExecuteJobsCmd.class,
            // people: the engine lets each user do anything to their own record, so an owner renamed himself
            // "Chris Chair" on the paper, sent his mail elsewhere, or deleted himself with his tasks open
            DeleteUserCmd.class, SetUserPictureCmd.class, DeleteUserPictureCmd.class, SetUserInfoCmd.class,
            DeleteUserInfoCmd.class, CreateMembershipCmd.class, DeleteMembershipCmd.class, UnlockUserCmd.class,
            CreateTenantUserMembershipCmd.class, DeleteTenantUserMembershipCmd.class,
            CreateTenantGroupMembershipCmd.class, DeleteTenantGroupMembershipCmd.class,
            DeleteUserOperationLogEntryCmd.class);

    /** What a form's fields hold. Camunda counts files and bytes as primitive too: no field takes them. */
    private static final Set<ValueType> PLAIN = Set.of(ValueType.NULL, ValueType.STRING, ValueType.BOOLEAN,
            ValueType.INTEGER, ValueType.LONG, ValueType.SHORT, ValueType.DOUBLE, ValueType.DATE);

    private record Actor(String userId, List<String> groups) {
        boolean admin() {
            return groups.contains(TaskRoles.ADMINS);
        }
    }

    private final ProcessEngineConfigurationImpl engine;
    private final DoorGuardPlugin.Beans beans;

    DoorGuard(ProcessEngineConfigurationImpl engine, DoorGuardPlugin.Beans beans) {
        this.engine = engine;
        this.beans = beans;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null && inspected(command)) {
            Actor actor = currentActor();
            if (actor != null) {
                check(command, actor);
            }
        }
        return next.execute(command);
    }

    private static boolean inspected(Command<?> command) {
        return command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof AbstractAddIdentityLinkCmd || command instanceof ClaimTaskCmd
                || command instanceof SaveTaskCmd || command instanceof AbstractCorrelateMessageCmd
                || command instanceof SaveUserCmd
                || ADMINS_ONLY.stream().anyMatch(type -> type.isInstance(command));
    }

    private void check(Command<?> command, Actor actor) {
        if (ADMINS_ONLY.stream().anyMatch(type -> type.isInstance(command))) {
            if (!actor.admin()) {
                throw refused(new Forbidden(describe(command) + " is for administrators only: a task's values are"
                        + " set by completing it through its form, and its process moves only as the workflow says."));
            }
            if (command instanceof DelegateTaskCmd) {
                handover(CommandFields.read(CommandFields.DELEGATE_TASK_ID, command, String.class),
                        CommandFields.read(CommandFields.DELEGATE_USER, command, String.class));
            }
        } else if (command instanceof CompleteTaskCmd) {
            completion(actor, CommandFields.read(CommandFields.COMPLETE_TASK_ID, command, String.class),
                    castMap(CommandFields.read(CommandFields.COMPLETE_VARIABLES, command, Map.class)));
        } else if (command instanceof SubmitTaskFormCmd) {
            completion(actor, CommandFields.read(CommandFields.SUBMIT_TASK_ID, command, String.class),
                    castMap(CommandFields.read(CommandFields.SUBMIT_PROPERTIES, command, Map.class)));
        } else if (command instanceof AbstractAddIdentityLinkCmd) {
            // administrators hand tasks over and change candidates, but a task still goes only to someone who may
            // decide it: an admin's handover let an owner read a colleague's update and the chair's comments on it
            String type = CommandFields.read(CommandFields.LINK_TYPE, command, String.class);
            String group = CommandFields.read(CommandFields.LINK_GROUP, command, String.class);
            if (!actor.admin() && (group != null || !("assignee".equals(type) || "owner".equals(type)))) {
                throw refused(new Forbidden("Changing a task's candidates is for administrators only."));
            }
            if (group == null) {
                handover(CommandFields.read(CommandFields.PROPERTY_TASK_ID, command, String.class),
                        CommandFields.read(CommandFields.LINK_USER, command, String.class));
            }
        } else if (command instanceof ClaimTaskCmd) {
            handover(CommandFields.read(CommandFields.CLAIM_TASK_ID, command, String.class),
                    CommandFields.read(CommandFields.CLAIM_USER, command, String.class));
        } else if (command instanceof SaveTaskCmd) {
            saved(CommandFields.read(CommandFields.SAVED_TASK, command, TaskEntity.class), actor);
        } else if (actor.admin()) {
            return;
        } else if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl builder = CommandFields.read(CommandFields.CORRELATION, command,
                    MessageCorrelationBuilderImpl.class);
            if (!isEmpty(builder.getPayloadProcessInstanceVariables()) || !isEmpty(builder.getPayloadProcessInstanceVariablesLocal())
                    || !isEmpty(builder.getPayloadProcessInstanceVariablesToTriggeredScope())) {
                throw refused(new Forbidden("Correlating a message with variables is for administrators only."));
            }
            if (builder.getBusinessKey() == null && builder.getProcessInstanceId() == null) {
                // one letter at a time, as our API asks: a message to every letter at once opened every cycle
                throw refused(new Forbidden("Correlating a message to every process at once is for administrators"
                        + " only: name the letter's process instance or business key."));
            }
        } else if (command instanceof SaveUserCmd) {
            savedUser(CommandFields.read(CommandFields.SAVED_USER, command, User.class));
        }
    }

    /** Refuses a completion by someone not in the task's role, or one that sets anything but its form's editable fields. */
    private void completion(Actor actor, String taskId, Map<String, Object> submitted) {
        TaskSubject subject = beans.subjects().of(taskId);
        if (subject == null) {
            return; // no such open task: the engine says so
        }
        Map<String, Object> stored = new HashMap<>();
        String name = inEngine(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return null;
            }
            submitted.keySet().forEach(key -> stored.put(key, beans.values().plain(task.getVariable(key))));
            return task.getName();
        });
        if (name == null) {
            return; // completed meanwhile: the engine says so
        }
        // administrators decide no task either: the trail and the paper name whoever decides, and an admin
        // approving a report through /engine-rest was printed as approved by the chair's role ("system")
        String why = beans.roles().whyNot(actor.userId(), actor.groups(), subject);
        if (why != null) {
            // without its name: Tasklist's API answers a task one may not read with 404, so its name here told a
            // stranger what the task is about, and an action's title with it
            throw refused(new Forbidden("Task '" + taskId + "' is not yours to decide: " + why));
        }
        TaskForm form = beans.forms().forTask(subject.taskKey());
        List<FieldError> errors = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String key : new TreeSet<>(submitted.keySet())) {
            Optional<FormField> field = form.field(key);
            String unreadable = unreadable(submitted instanceof VariableMap sent ? sent.getValueTyped(key) : submitted.get(key));
            if (unreadable != null) {
                errors.add(new FieldError(key, unreadable));
            } else if (field.isEmpty()) {
                errors.add(new FieldError(key, "is not a field of the " + form.id() + " form"));
            } else if (field.get().readonly()) {
                if (same(stored.get(key), beans.values().plain(submitted.get(key)))) {
                    unchanged.add(key);
                } else {
                    errors.add(new FieldError(key, "is read-only"));
                }
            }
        }
        if (!errors.isEmpty()) {
            String fields = BadRequest.summary(errors);
            throw refused(new BadRequest("The " + name + " form sets only its editable fields: " + fields + ".", errors));
        }
        try {
            unchanged.forEach(submitted::remove); // shown-only values Tasklist sends back: nothing to write
            for (String key : new ArrayList<>(submitted.keySet())) {
                Object sent = beans.values().sent(submitted instanceof VariableMap typed ? typed.getValueTyped(key)
                        : submitted.get(key));
                Object cleaned = CompletionText.cleaned(sent, form.field(key));
                if (cleaned != sent) {
                    submitted.put(key, beans.values().engine(cleaned));
                }
            }
        } catch (UnsupportedOperationException fixed) {
            // an unchangeable map from the server's own code: the values are the stored ones anyway
        }
    }

    /**
     * Why a value sent is not one any form takes, or null: an object, a file, bytes or XML, or JSON that does not
     * parse. Each is refused before the engine stores it: read back, JSON that does not parse fails whatever reads
     * it, and an object would be built as whatever class the request named.
     */
    private String unreadable(Object value) {
        if (value instanceof TypedValue transientOne && transientOne.isTransient()) {
            // the engine refuses it later with a 500: a form's values are kept, as the trail and the paper need
            return "is sent as a transient value: a form's values are kept";
        }
        if (!(value instanceof TypedValue typed) || typed.getType() == null || PLAIN.contains(typed.getType())) {
            return null;
        }
        if (!SpinValueType.JSON.equals(typed.getType())) {
            return "is sent as a value of type '" + typed.getType().getName() + "': a form takes text, a number, a date,"
                    + " true or false, or JSON for a list";
        }
        if (typed instanceof SerializableValue json && !json.isDeserialized() && !beans.values().parses(json.getValueSerialized())) {
            return "is not valid JSON";
        }
        return null;
    }

    /** Refuses giving a task to someone who may not decide it, or leaving an action's task with nobody. */
    private void handover(String taskId, String userId) {
        TaskSubject subject = beans.subjects().of(taskId);
        if (subject == null) {
            return;
        }
        if (userId == null) {
            if (!TaskRoles.groupTask(subject)) {
                throw refused(new Forbidden("Task '" + taskId + "' is its action's owner's: it cannot be left with nobody."));
            }
            return;
        }
        List<String> groups = groupsOf(userId);
        String why = beans.roles().whyNot(userId, groups, subject);
        if (why != null) {
            throw refused(new Forbidden("Task '" + taskId + "' cannot be given to '" + userId + "': " + why));
        }
    }

    /**
     * A task saved whole (Tasklist's PUT of a task): a changed assignee or owner is a handover, and nothing else
     * of it may change: an owner renamed his task into a notice with a link in it, which went out in coordinators'
     * mail, and moved its due date to take it off the late list.
     */
    private void saved(TaskEntity task, Actor actor) {
        if (task == null || task.getId() == null) {
            return;
        }
        List<Object> before = inEngine(context -> {
            TaskEntity stored = context.getTaskManager().findTaskById(task.getId());
            return stored == null ? null : Arrays.asList(stored.getAssignee(), stored.getOwner(), settable(stored));
        });
        if (before == null) {
            return; // a new task, not one of our processes'
        }
        if (!actor.admin() && !Objects.equals(before.get(2), settable(task))) {
            throw refused(new Forbidden("A task's name, description, dates and priority are set by its process:"
                    + " changing them is for administrators only."));
        }
        if (!Objects.equals(before.get(0), task.getAssignee())) {
            handover(task.getId(), task.getAssignee());
        }
        if (!Objects.equals(before.get(1), task.getOwner()) && task.getOwner() != null) {
            handover(task.getId(), task.getOwner());
        }
    }

    /** What of a task its process sets and a person may not. */
    private static List<Object> settable(TaskEntity task) {
        return Arrays.asList(task.getName(), task.getDescription(), instant(task.getDueDate()),
                instant(task.getFollowUpDate()), task.getPriority(), task.getParentTaskId(), task.getCaseInstanceId(),
                task.getTenantId(), task.getDelegationState());
    }

    private static Long instant(Date date) {
        return date == null ? null : date.getTime();
    }

    /**
     * A user saved by someone not an administrator: the engine's own rights let a user change their own password
     * (Tasklist's profile page), and that alone: a name or an email is what papers print and mail goes to.
     */
    private void savedUser(User user) {
        if (user == null) {
            return;
        }
        List<String> before = inEngine(context -> {
            UserEntity stored = context.getDbEntityManager().selectById(UserEntity.class, user.getId());
            return stored == null ? null : Arrays.asList(stored.getFirstName(), stored.getLastName(), stored.getEmail());
        });
        if (before == null || !before.equals(Arrays.asList(user.getFirstName(), user.getLastName(), user.getEmail()))) {
            throw refused(new Forbidden("A person's name and email are set by an administrator: papers print the"
                    + " name and notices go to the email."));
        }
    }

    /** Who asked: the engine's current authentication, else the request's signed-in user; null for the server itself. */
    private Actor currentActor() {
        Authentication current = engine.getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            List<String> groups = current.getGroupIds() != null ? current.getGroupIds() : groupsOf(current.getUserId());
            return new Actor(current.getUserId(), groups);
        }
        return RequestUser.current().map(signedIn -> new Actor(signedIn.getName(),
                signedIn.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList())).orElse(null);
    }

    /** Paged: the engine refuses a signed-in person's unbounded query ({@code queryMaxResultsLimit}). */
    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).listPage(0, 1000).stream()
                .map(Group::getId).toList();
    }

    private <T> T inEngine(Function<org.camunda.bpm.engine.impl.interceptor.CommandContext, T> read) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> read.apply(context)));
    }

    /** Stored and sent back alike: empty text and nothing are the same to a form, as are 5 and 5.0. */
    private static boolean same(Object stored, Object sent) {
        Object a = "".equals(stored) ? null : stored;
        Object b = "".equals(sent) ? null : sent;
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return Objects.equals(a, b);
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return map == null ? new HashMap<>() : (Map<String, Object>) map;
    }

    private static String describe(Command<?> command) {
        String name = command.getClass().getSimpleName().replaceFirst("Cmd$", "");
        return "'" + name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT) + "'";
    }

    private static RuntimeException refused(RuntimeException refusal) {
        return Refusals.remember(refusal);
    }
}
