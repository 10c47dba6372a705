package dk.trekant.support;

import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The test profile runs no job executor, so tests that follow a process past an async continuation
 * run the waiting continuations themselves — what the job executor does at once in production.
 * Timers are left alone.
 */
public final class Jobs {

    private Jobs() {
    }

    /** Executes every due async continuation, and those that these create, until none is left. */
    public static void runAsyncContinuations(ManagementService managementService) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = managementService.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
        throw new AssertionError("async continuations keep creating jobs");
    }
}
