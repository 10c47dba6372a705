package dk.trekant.individual.youthcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.incident.IntakeService;
import dk.trekant.individual.incident.NewIncident;
import dk.trekant.individual.incident.OffenceCategory;
import dk.trekant.platform.time.TrekantZone;

/**
 * "Registrér bekymring i ungesagen": a concern a staff member entered in Tasklist becomes an
 * incident of the youth (a new youth case, or a new incident in the open one). The staff
 * process then carries the case number as its business key.
 */
@Component("registerStaffConcern")
class RegisterStaffConcernDelegate implements JavaDelegate {

    private final IntakeService intake;
    private final Clock clock = Clock.systemUTC();

    RegisterStaffConcernDelegate(IntakeService intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock.withZone(TrekantZone.get()));
        LocalDate born = date(execution, "youthDateOfBirth", "Fødselsdatoen");
        LocalDate observed = date(execution, "observedOn", "Datoen for hændelsen");
        if (born.isAfter(today) || observed.isAfter(today)) {
            throw new IllegalArgumentException("En dato ligger i fremtiden: ret fødselsdato eller dato for hændelsen.");
        }
        if (observed.isBefore(born)) {
            throw new IllegalArgumentException("Hændelsen ligger før den unges fødselsdato.");
        }
        Object category = execution.getVariable("concernCategory");
        NewIncident incident = new NewIncident(IncidentSource.CONCERN, null, null, (String) execution.getVariable("raisedBy"),
                null, born, text(execution, "youthFirstName"), text(execution, "youthLastName"), text(execution, "youthSchool"),
                Boolean.TRUE.equals(execution.getVariable("knownToSocialServices")),
                observed.atTime(LocalTime.NOON).atZone(TrekantZone.get()).toInstant(), null,
                category == null ? OffenceCategory.ANDET : OffenceCategory.valueOf(category.toString()), null,
                text(execution, "concernDescription"));
        IntakeService.Intake result = intake.receive(incident);
        if (result.caseNumber() != null) {
            execution.setProcessBusinessKey(result.caseNumber());
            execution.setVariable("caseNumber", result.caseNumber());
        }
        execution.setVariable("incidentId", result.receipt().id().toString());
    }

    private static LocalDate date(DelegateExecution execution, String name, String label) {
        Object value = execution.getVariable(name);
        try {
            return LocalDate.parse(String.valueOf(value).substring(0, Math.min(10, String.valueOf(value).length())));
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException(label + " mangler eller kan ikke læses.");
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
