package dk.trekant.targeted.outreach;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.FormValues;

/** When "Bemand opgave" is completed: the preventer who took it staffs the request (and gets "Registrér indsats"). */
@Component("recordOutreachStaffing")
class RecordOutreachStaffingListener implements TaskListener {

    private final OutreachRequestService outreach;
    private final IdentityService identityService;

    RecordOutreachStaffingListener(OutreachRequestService outreach, IdentityService identityService) {
        this.outreach = outreach;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues.date(task, "plannedDate", "Planlagt dato");
        FormValues.optionalText(task, "staffingNote", 2000, "Bemærkning");
        String staffUser = FormValues.staffUser(task, identityService);
        outreach.staffed(UUID.fromString((String) task.getVariable(OutreachVariables.REQUEST_ID)), staffUser);
        task.setVariable(OutreachVariables.STAFFED_BY, staffUser);
    }
}
