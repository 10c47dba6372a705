package dk.trekant.demo;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Runs the jobs a demo step leaves behind (async continuations, timers already due) at once, so that
 * the next step finds its task. The job executor may take a job first: then its work is waited for.
 */
final class DemoJobs {

    private DemoJobs() {
    }

    /** Executes the jobs {@code pending} lists until it lists none (at most a minute). */
    static void runUntilNone(ManagementService managementService, Supplier<List<Job>> pending) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            List<Job> jobs = pending.get();
            if (jobs.isEmpty()) {
                return;
            }
            for (Job job : jobs) {
                try {
                    managementService.executeJob(job.getId());
                } catch (ProcessEngineException takenByTheJobExecutor) {
                    pause();
                }
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
