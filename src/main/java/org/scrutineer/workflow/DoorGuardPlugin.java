package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.scrutineer.workflow.form.TaskForms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Puts {@link DoorGuard} in front of every command the engine runs, and binds every user task's subject when the
 * engine creates it (a built-in create listener, which runs before the model's own), so no model can forget it.
 * The Spring beans it uses are looked up when first needed: they depend on the engine this plugin configures.
 */
@Component
class DoorGuardPlugin extends AbstractProcessEnginePlugin {

    /** What the guard reads: Spring beans, each looked up on use, which comes only once the application runs. */
    final class Beans {
        TaskSubjects subjects() {
            return subjects.getObject();
        }

        TaskRoles roles() {
            return roles.getObject();
        }

        TaskForms forms() {
            return forms.getObject();
        }

        FormValues values() {
            return values.getObject();
        }
    }

    private static final Set<String> OURS = Set.of(ProcessKeys.LETTER, ProcessKeys.REPORTING_CYCLE,
            ProcessKeys.DUE_DATE_EXTENSION);

    private final ObjectProvider<TaskSubjects> subjects;
    private final ObjectProvider<TaskRoles> roles;
    private final ObjectProvider<TaskForms> forms;
    private final ObjectProvider<FormValues> values;

    DoorGuardPlugin(ObjectProvider<TaskSubjects> subjects, ObjectProvider<TaskRoles> roles,
                    ObjectProvider<TaskForms> forms, ObjectProvider<FormValues> values) {
        this.subjects = subjects;
        this.roles = roles;
        this.forms = forms;
        this.values = values;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        CommandFields.PINNED.size(); // the engine does not start if a command's field the guard reads is gone
        DoorGuard guard = new DoorGuard(configuration, new Beans());
        configuration.setCustomPreCommandInterceptorsTxRequired(with(configuration.getCustomPreCommandInterceptorsTxRequired(), guard));
        List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> parse = configuration.getCustomPreBPMNParseListeners();
        parse = parse == null ? new ArrayList<>() : new ArrayList<>(parse);
        TaskListener bind = task -> subjects.getObject().bind(task);
        parse.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                // our processes' tasks; another process an administrator deploys has no subjects of ours
                if (OURS.contains(((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey())) {
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, bind);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(parse);
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> interceptors, CommandInterceptor guard) {
        List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
        all.add(0, guard);
        return all;
    }
}
