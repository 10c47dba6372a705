package dk.trekant.targeted.meeting;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.FormValues;

/** "Registrér aflysning": the meeting is recorded as cancelled, with its reason; no hours. */
@Component("recordMeetingCancelled")
class RecordMeetingCancelledDelegate implements JavaDelegate {

    private final JointMeetingService meetings;

    RecordMeetingCancelledDelegate(JointMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        meetings.cancelled(UUID.fromString((String) execution.getVariable(JointMeetingVariables.MEETING_ID)),
                FormValues.optionalText(execution, JointMeetingVariables.CANCEL_REASON, 1000, "Årsag til aflysning"));
    }
}
