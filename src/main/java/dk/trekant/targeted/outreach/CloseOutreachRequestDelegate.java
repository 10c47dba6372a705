package dk.trekant.targeted.outreach;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Afslut opgave": the request is completed; the partner's receipt now says COMPLETED. */
@Component("closeOutreachRequest")
class CloseOutreachRequestDelegate implements JavaDelegate {

    private final OutreachRequestService outreach;

    CloseOutreachRequestDelegate(OutreachRequestService outreach) {
        this.outreach = outreach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outreach.complete(UUID.fromString((String) execution.getVariable(OutreachVariables.REQUEST_ID)));
    }
}
