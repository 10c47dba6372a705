package dk.trekant.intake;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Prøv igen" on "Henvendelse kunne ikke fordeles" (on complete): the item goes back in the
 * routing queue with its attempts anew, in the name of the leader who completed the task.
 */
@Component("retryIntakeRouting")
class RetryIntakeRoutingListener implements TaskListener {

    private final IntakeRouter router;

    RetryIntakeRoutingListener(IntakeRouter router) {
        this.router = router;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean requeued = router.retry(UUID.fromString(itemId(task)), task.getAssignee());
        task.getExecution().setVariable("requeued", requeued);
    }

    /** {@code itemId}; tasks started before every intake had the queue name it {@code incidentId}. */
    private static String itemId(DelegateTask task) {
        Object itemId = task.getVariable("itemId");
        return (String) (itemId != null ? itemId : task.getVariable("incidentId"));
    }
}
