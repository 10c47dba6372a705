package dk.trekant.individual.youthcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After the triage: the proposal is written into the case (the partner's receipt then reads "under assessment"). */
@Component("recordTriage")
class RecordTriageListener implements ExecutionListener {

    private final CaseFileService caseFile;

    RecordTriageListener(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateExecution execution) {
        caseFile.recordTriage(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)),
                (String) execution.getVariable("proposedLevel"), (String) execution.getVariable("urgency"));
    }
}
