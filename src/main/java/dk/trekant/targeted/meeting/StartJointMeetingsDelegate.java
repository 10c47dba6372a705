package dk.trekant.targeted.meeting;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;

/**
 * "Start møder for de deltagende skoler" (scheduler, every second week): one
 * {@code jointPreventionMeeting} per active school. The run day is the input {@code runAt}
 * ({@code ${now()}}, the engine's clock); a retried job plans the same meetings and finds them
 * already started.
 */
@Component("startJointMeetings")
class StartJointMeetingsDelegate implements JavaDelegate {

    private final JointMeetingService meetings;

    StartJointMeetingsDelegate(JointMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object runAt = execution.getVariable("runAt");
        LocalDate runDay = runAt instanceof Date date ? LocalDate.ofInstant(date.toInstant(), TrekantZone.get()) : LocalDate.now(TrekantZone.get());
        execution.setVariable("meetingsStarted", meetings.planMeetings(runDay).size());
    }
}
