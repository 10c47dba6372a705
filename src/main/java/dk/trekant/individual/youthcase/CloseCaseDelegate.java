package dk.trekant.individual.youthcase;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;

/** "Luk sag": closes the case and sets the date its personal data is due for deletion. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final CaseFileService caseFile;

    CloseCaseDelegate(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object decision = execution.getVariable("assessmentDecision");
        LocalDate retention = caseFile.close(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)),
                decision == null ? "CLOSED" : decision.toString());
        execution.setVariable("retentionUntil", Date.from(retention.atStartOfDay(TrekantZone.get()).toInstant()));
    }
}
