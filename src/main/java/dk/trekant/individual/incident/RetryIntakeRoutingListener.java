package dk.trekant.individual.incident;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Prøv igen" on "Henvendelse kunne ikke fordeles" (on complete): the incident goes back in the
 * routing queue with its attempts anew, in the name of the leader who completed the task.
 */
@Component("retryIntakeRouting")
class RetryIntakeRoutingListener implements TaskListener {

    private final IncidentRouter router;

    RetryIntakeRoutingListener(IncidentRouter router) {
        this.router = router;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean requeued = router.retry(UUID.fromString((String) task.getVariable("incidentId")), task.getAssignee());
        task.getExecution().setVariable("requeued", requeued);
    }
}
