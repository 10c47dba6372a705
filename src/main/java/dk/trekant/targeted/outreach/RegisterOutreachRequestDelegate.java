package dk.trekant.targeted.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.FormValues;

/**
 * "Registrér udgående opgave": a request a preventer entered with the start form in Tasklist
 * becomes an outreach request; the process then carries its number as business key and the same
 * variables as a partner's request.
 */
@Component("registerOutreachRequest")
class RegisterOutreachRequestDelegate implements JavaDelegate {

    private final OutreachRequestService outreach;
    private final Clock clock = Clock.systemUTC();

    RegisterOutreachRequestDelegate(OutreachRequestService outreach) {
        this.outreach = outreach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OutreachKind kind;
        try {
            kind = OutreachKind.valueOf(FormValues.text(execution, OutreachVariables.KIND, 40, "Type af opgave"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Vælg en type af opgave: besøg på arbejdsplads, voldsom hændelse eller opsøgende arbejde.");
        }
        String place = FormValues.text(execution, OutreachVariables.PLACE, 200, "Sted");
        String description = FormValues.text(execution, OutreachVariables.DESCRIPTION, 4000, "Beskrivelse");
        LocalDate today = LocalDate.now(clock.withZone(TrekantZone.get()));
        LocalDate occurred = FormValues.optionalDate(execution, OutreachVariables.OCCURRED_ON, "Dato for hændelsen");
        if (kind == OutreachKind.SERIOUS_INCIDENT_PRESENCE && occurred == null) {
            throw new IllegalArgumentException("Dato for hændelsen mangler: den skal angives ved en voldsom hændelse.");
        }
        if (occurred != null && occurred.isAfter(today)) {
            throw new IllegalArgumentException("Dato for hændelsen ligger i fremtiden.");
        }
        LocalDate wanted = FormValues.optionalDate(execution, OutreachVariables.WANTED_FROM, "Ønsket dato");
        Object requestedBy = execution.getVariable(OutreachVariables.REQUESTED_BY);
        OutreachRequest request = outreach.registerFromStaff(requestedBy == null ? "ukendt" : requestedBy.toString(), kind,
                place, description, at(wanted), at(occurred), FormValues.yes(execution, OutreachVariables.WITH_POLICE_WANTED));
        execution.setProcessBusinessKey(request.getBusinessKey());
        execution.setVariables(outreach.variables(request));
        request.startedAs(execution.getProcessInstanceId());
    }

    private static Instant at(LocalDate date) {
        return date == null ? null : date.atTime(LocalTime.NOON).atZone(TrekantZone.get()).toInstant();
    }
}
