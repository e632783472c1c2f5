package org.scrutineer.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.scrutineer.letter.LetterRegistered;
import org.scrutineer.letter.LetterService;
import org.scrutineer.letter.LetterWithdrawn;
import org.scrutineer.plan.PlanService;
import org.scrutineer.store.WriteJournal;
import org.scrutineer.plan.CycleRequested;
import org.scrutineer.plan.MeetingsScheduled;
import org.scrutineer.web.Conflict;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static org.scrutineer.workflow.ProcessKeys.CYCLE_REQUESTED_MESSAGE;
import static org.scrutineer.workflow.ProcessKeys.LETTER;
import static org.scrutineer.workflow.ProcessKeys.MEETINGS_CHANGED_MESSAGE;
import static org.scrutineer.workflow.Variables.LETTER_ID;

/** Answers the features' events by starting or moving processes; the letter's id is every process's business key. */
@Component
class ProcessStarts {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProcessStarts.class);

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final LetterService letters;

    private final PlanService plans;
    private final ProcessEngineConfigurationImpl engine;
    private final WriteJournal journal;

    ProcessStarts(RuntimeService runtime, IdentityService identity, LetterService letters,
                  PlanService plans, ProcessEngine processEngine, WriteJournal journal) {
        this.journal = journal;
        this.plans = plans;
        this.engine = ((ProcessEngineImpl) processEngine).getProcessEngineConfiguration();
        this.runtime = runtime;
        this.identity = identity;
        this.letters = letters;
    }

    @EventListener
    void on(LetterRegistered registered) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(LETTER, registered.letterId(),
                Map.of(LETTER_ID, registered.letterId()));
        letters.attachProcess(registered.letterId(), instance.getId());
    }

    /**
     * Ends the letter's process (and any cycle it called) as the server, inside the withdrawal's transaction: the
     * coordinator may withdraw a letter, not delete process instances through the engine's doors.
     */
    @EventListener
    void on(LetterWithdrawn withdrawn) {
        plans.discardForWithdrawal(withdrawn.letterId());
        List<String> ended = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            List<String> ids = runtime.createProcessInstanceQuery().processDefinitionKey(LETTER)
                    .processInstanceBusinessKey(withdrawn.letterId()).list().stream().map(ProcessInstance::getId).toList();
            ids.forEach(id -> runtime.deleteProcessInstance(id, "letter withdrawn by " + withdrawn.withdrawnBy(), true, true));
            return ids;
        }));
        // The engine's history holds the letter's findings and title in the review's variables: they go with the
        // letter. Only once the withdrawal has committed, as history can be deleted only of an ended process; a
        // crash in between leaves history an administrator's cleanup removes (historyTimeToLive).
        journal.afterCommit(() -> engine.getHistoryService().deleteHistoricProcessInstancesIfExists(ended));
    }

    /** The engine is told who asked, so the cycle's opening is recorded as theirs, as a completion's steps are. */
    @EventListener
    void on(CycleRequested requested) {
        if (!waitsForCycle(requested.letterId())) {
            throw cycleRefused(requested.letterId());
        }
        identity.setAuthentication(requested.requestedBy(), groupsOf(requested.requestedBy()));
        try {
            RequestedMeeting.during(requested.meetingDate(), () -> runtime.createMessageCorrelation(CYCLE_REQUESTED_MESSAGE)
                    .processInstanceBusinessKey(requested.letterId())
                    .correlateWithResult());
        } catch (MismatchingMessageCorrelationException e) {
            // another request started a cycle between the question and the correlation
            log.info("Cycle request for letter {} not correlated: {}", requested.letterId(), e.getMessage());
            throw cycleRefused(requested.letterId());
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Whether the letter's process waits for a cycle. Asked before correlating, so that the usual refusal (the plan
     * not live yet, or a cycle running) is not a failed engine command, which the engine logs as an error.
     */
    private boolean waitsForCycle(String letterId) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
                runtime.createExecutionQuery().processInstanceBusinessKey(letterId)
                        .messageEventSubscriptionName(CYCLE_REQUESTED_MESSAGE).count() > 0));
    }

    private static Conflict cycleRefused(String letterId) {
        return new Conflict("A reporting cycle cannot start now: the plan of letter '" + letterId
                + "' is not live yet, is closed, or already has a cycle running.");
    }

    /**
     * A new calendar may change when the next cycle opens: a plan waiting for its next cycle waits again, for the
     * new date. A plan not waiting (not live yet, or in a cycle) reads the calendar when it next waits.
     */
    @EventListener
    void on(MeetingsScheduled scheduled) {
        identity.setAuthentication(scheduled.scheduledBy(), groupsOf(scheduled.scheduledBy()));
        try {
            runtime.createMessageCorrelation(MEETINGS_CHANGED_MESSAGE)
                    .processInstanceBusinessKey(scheduled.letterId())
                    .correlateAllWithResult();
        } catch (ProcessEngineException e) {
            // a cycle opened between finding the waiting plan and telling it (ENGINE-16004: no subscription any more)
            if (!(e instanceof OptimisticLockingException) && !String.valueOf(e.getMessage()).contains("ENGINE-16004")) {
                throw e;
            }
            log.info("Meetings of letter {} not told to its plan: {}", scheduled.letterId(), e.getMessage());
            throw new Conflict("The plan's cycle opened while its meetings were being set: nothing you sent was"
                    + " kept. Look at the calendar again and send the dates again.");
        } finally {
            identity.clearAuthentication();
        }
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }
}
