package org.scrutineer.workflow;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race for the same rows (an {@link OptimisticLockingException}: another transaction changed
 * them first) runs again at once, without spending one of its retries. The engine otherwise counts a conflict as
 * a failure: three conflicting continuations of owners' tasks would end as an incident in Cockpit and stop the
 * cycle, though nothing was wrong but timing. Real failures keep their retry cycle and end as incidents as before.
 */
@Component
class ConflictRetries extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory usual = new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory((jobId, failure) ->
                isConflict(failure) ? new RunAgain(jobId, failure) : usual.getCommand(jobId, failure));
    }

    private static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** Unlocks the job with its retries untouched, so the job executor picks it up again on its next round. */
    private static final class RunAgain extends JobRetryCmd {

        RunAgain(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job != null) {
                job.unlock();
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
