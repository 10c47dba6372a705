package dk.trekant.targeted.meeting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.FormValues;
import dk.trekant.targeted.YouthConcern;

/**
 * When "Afhold møde og registrér" is completed: participants, topics and hours are recorded (the
 * hours in the hour log as MEETING), and each youth of concern is checked — a missing name or a
 * date of birth in the future is refused before anything is stored. Sets {@code concernsToRaise}.
 */
@Component("recordJointMeeting")
class RecordJointMeetingListener implements TaskListener {

    private final JointMeetingService meetings;
    private final IdentityService identityService;
    private final Clock clock = Clock.systemUTC();

    RecordJointMeetingListener(JointMeetingService meetings, IdentityService identityService) {
        this.meetings = meetings;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateTask task) {
        String topics = FormValues.text(task, "topics", 4000, "Emner");
        BigDecimal hours = FormValues.hours(task, "hours", "Timer");
        Integer count = FormValues.count(task, JointMeetingVariables.CONCERN_COUNT, JointMeetingVariables.MAX_CONCERNS,
                "Antal unge med bekymring");
        int concerns = count == null ? 0 : count;
        LocalDate today = LocalDate.now(clock.withZone(TrekantZone.get()));
        for (int i = 1; i <= concerns; i++) {
            YouthConcern.read(task, JointMeetingVariables.concernPrefix(i), "Ung nr. " + i, today);
        }
        for (int i = concerns + 1; i <= JointMeetingVariables.MAX_CONCERNS; i++) {
            // fields typed and hidden again (the number was lowered) are not kept
            task.removeVariables(YouthConcern.variableNames(JointMeetingVariables.concernPrefix(i)));
        }
        String staffUser = FormValues.staffUser(task, identityService);
        meetings.held(UUID.fromString((String) task.getVariable(JointMeetingVariables.MEETING_ID)), staffUser, task.getId(),
                participants(task), topics, hours, FormValues.yes(task, "policeAttended"));
        task.setVariable(JointMeetingVariables.HELD_BY, staffUser);
        task.setVariable(JointMeetingVariables.CONCERNS_TO_RAISE, concerns);
    }

    /** Who took part, as the record keeps it: the roles ticked, and any others named. */
    private static String participants(DelegateTask task) {
        List<String> present = new ArrayList<>();
        if (FormValues.yes(task, "schoolAttended")) {
            present.add("skole");
        }
        if (FormValues.yes(task, "clubAttended")) {
            present.add("klub");
        }
        if (FormValues.yes(task, "socialWorkerAttended")) {
            present.add("fremskudt socialrådgiver");
        }
        if (FormValues.yes(task, "policeAttended")) {
            present.add("politi");
        }
        String others = FormValues.optionalText(task, "otherParticipants", 500, "Andre deltagere");
        if (others != null) {
            present.add(others);
        }
        return String.join(", ", present);
    }
}
