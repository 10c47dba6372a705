package dk.trekant.targeted.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.targeted.ConcernHandover;
import dk.trekant.targeted.YouthConcern;

/**
 * "Opret bekymringer i ungesager": each youth of concern raised at the meeting starts a youth case
 * (message {@code jointMeetingConcern}) or goes into the youth's open case, so that no concern is
 * lost in minutes. The meeting keeps the case numbers; the youths' details leave the process.
 */
@Component("raiseMeetingConcerns")
class RaiseMeetingConcernsDelegate implements JavaDelegate {

    private final ConcernHandover handover;
    private final JointMeetingService meetings;

    RaiseMeetingConcernsDelegate(ConcernHandover handover, JointMeetingService meetings) {
        this.handover = handover;
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int count = ((Number) execution.getVariable(JointMeetingVariables.CONCERNS_TO_RAISE)).intValue();
        LocalDate meetingDate = LocalDate.parse((String) execution.getVariable(JointMeetingVariables.MEETING_DATE));
        String heldBy = (String) execution.getVariable(JointMeetingVariables.HELD_BY);
        String school = (String) execution.getVariable(JointMeetingVariables.SCHOOL_NAME);
        List<String> caseNumbers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String prefix = JointMeetingVariables.concernPrefix(i);
            YouthConcern concern = YouthConcern.read(execution, prefix, "Ung nr. " + i, LocalDate.MAX);
            if (concern.school() == null) {
                concern = new YouthConcern(concern.firstName(), concern.lastName(), concern.dateOfBirth(), school, concern.text());
            }
            caseNumbers.add(handover.handOver(IncidentSource.JOINT_MEETING, heldBy, concern, meetingDate, place(school)));
            execution.removeVariables(YouthConcern.variableNames(prefix));
        }
        meetings.casesRaised(UUID.fromString((String) execution.getVariable(JointMeetingVariables.MEETING_ID)), caseNumbers);
        execution.setVariable(JointMeetingVariables.RAISED_CASE_NUMBERS,
                String.join(", ", caseNumbers.stream().filter(Objects::nonNull).toList()));
    }

    private static String place(String school) {
        String place = "Fælles forebyggelsesmøde, " + (school == null ? "skole" : school);
        return place.length() <= 200 ? place : place.substring(0, 200);
    }
}
