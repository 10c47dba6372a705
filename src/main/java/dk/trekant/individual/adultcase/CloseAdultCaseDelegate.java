package dk.trekant.individual.adultcase;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.platform.time.TrekantZone;

/** "Luk sag" in the adult case: closes it with its outcome and sets the date its personal data is due for deletion. */
@Component("closeAdultCase")
class CloseAdultCaseDelegate implements JavaDelegate {

    private final AdultCaseFileService caseFile;

    CloseAdultCaseDelegate(AdultCaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate retention = caseFile.close(UUID.fromString((String) execution.getVariable(AdultCaseVariables.CASE_ID)),
                (String) execution.getVariable(AdultCaseVariables.CASE_OUTCOME));
        execution.setVariable("retentionUntil", Date.from(retention.atStartOfDay(TrekantZone.get()).toInstant()));
    }
}
