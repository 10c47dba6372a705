package dk.trekant.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing "Godkend rapport": who decided ({@code approvedBy}): the logged-in leader, else the
 * task's assignee.
 */
@Component("recordApproval")
class RecordApprovalListener implements TaskListener {

    private final IdentityService identityService;

    RecordApprovalListener(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        var authentication = identityService.getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee();
        task.setVariable("approvedBy", user);
    }
}
