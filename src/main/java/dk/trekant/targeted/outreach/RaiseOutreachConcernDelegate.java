package dk.trekant.targeted.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.ConcernHandover;
import dk.trekant.targeted.FormValues;
import dk.trekant.targeted.YouthConcern;

/**
 * "Opret bekymring i ungesag": the concern about a youth met during outreach starts a youth case
 * or goes into the youth's open case; then the youth's name and date of birth leave the process.
 */
@Component("raiseOutreachConcern")
class RaiseOutreachConcernDelegate implements JavaDelegate {

    private final ConcernHandover handover;
    private final OutreachRequestService outreach;
    private final Clock clock = Clock.systemUTC();

    RaiseOutreachConcernDelegate(ConcernHandover handover, OutreachRequestService outreach) {
        this.handover = handover;
        this.outreach = outreach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock.withZone(TrekantZone.get()));
        YouthConcern concern = YouthConcern.read(execution, OutreachVariables.CONCERN_PREFIX, "Bekymring for en ung", today);
        LocalDate workDate = FormValues.optionalDate(execution, "workDate", "Dato for indsatsen");
        String caseNumber = handover.handOver(IncidentSource.CONCERN, (String) execution.getVariable(OutreachVariables.STAFFED_BY),
                concern, workDate == null ? today : workDate, (String) execution.getVariable(OutreachVariables.PLACE));
        outreach.concernRaised(UUID.fromString((String) execution.getVariable(OutreachVariables.REQUEST_ID)), caseNumber);
        if (caseNumber != null) {
            execution.setVariable(OutreachVariables.CONCERN_CASE_NUMBER, caseNumber);
        }
        execution.removeVariables(YouthConcern.variableNames(OutreachVariables.CONCERN_PREFIX));
    }
}
