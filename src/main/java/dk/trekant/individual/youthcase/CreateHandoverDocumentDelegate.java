package dk.trekant.individual.youthcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Dan underretning": writes the handover to social services (Barnets lov §133) into the case. */
@Component("createHandoverDocument")
class CreateHandoverDocumentDelegate implements JavaDelegate {

    private final CaseFileService caseFile;

    CreateHandoverDocumentDelegate(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID document = caseFile.createHandoverDocument(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)));
        execution.setVariable("handoverDocumentId", document.toString());
    }
}
