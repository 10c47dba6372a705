package dk.trekant.targeted;

import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.incident.IntakeService;
import dk.trekant.individual.incident.NewIncident;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.platform.time.TrekantZone;

/**
 * Hands a concern raised in targeted work on to the individual track, exactly as a staff member's
 * concern in Tasklist: the youth is found by name and date of birth (or created), and the concern
 * starts a youth case or goes into the youth's open case ({@link IntakeService}). Runs in the
 * caller's transaction: a concern is never half handed on.
 */
@Component
public class ConcernHandover {

    private final IntakeService intake;

    ConcernHandover(IntakeService intake) {
        this.intake = intake;
    }

    /**
     * @param source {@code JOINT_MEETING} (starts the case by {@code jointMeetingConcern}) or {@code CONCERN}
     * @return the youth case's number; null when the youth was 18 or older (kept for the adult flow)
     */
    public String handOver(IncidentSource source, String reportedBy, YouthConcern concern, LocalDate observedOn, String place) {
        IntakeService.Intake result = intake.receive(new NewIncident(source, null, null, reportedBy, null,
                concern.dateOfBirth(), concern.firstName(), concern.lastName(), concern.school(), false,
                observedOn.atTime(LocalTime.NOON).atZone(TrekantZone.get()).toInstant(), place, OffenceCategory.ANDET, null,
                concern.text()));
        return result.caseNumber();
    }
}
