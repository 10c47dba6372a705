package dk.trekant.targeted.meeting;

import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.FormValues;

/** When "Forbered møde" is completed: the agenda is kept; a cancelled meeting needs its reason. */
@Component("recordJointMeetingPreparation")
class RecordJointMeetingPreparationListener implements TaskListener {

    private final JointMeetingService meetings;
    private final IdentityService identityService;

    RecordJointMeetingPreparationListener(JointMeetingService meetings, IdentityService identityService) {
        this.meetings = meetings;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String agenda = FormValues.optionalText(task, "agenda", 4000, "Dagsorden");
        boolean cancelled = FormValues.yes(task, JointMeetingVariables.MEETING_CANCELLED);
        if (cancelled) {
            FormValues.text(task, JointMeetingVariables.CANCEL_REASON, 1000, "Årsag til aflysning");
        }
        task.setVariable(JointMeetingVariables.MEETING_CANCELLED, cancelled);
        meetings.prepared(UUID.fromString((String) task.getVariable(JointMeetingVariables.MEETING_ID)),
                FormValues.staffUser(task, identityService), agenda);
    }
}
