package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/**
 * "Dan udkast til underretning": drafts the handover to social services (Barnets lov §133) for the
 * coordinator's review. Only the document's id goes into the process.
 */
@Component("createHandoverDocument")
class CreateHandoverDocumentDelegate implements JavaDelegate {

    private final HandoverDrafts drafts;

    CreateHandoverDocumentDelegate(HandoverDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID document = drafts.draft(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)));
        execution.setVariable(YouthCaseVariables.HANDOVER_DOCUMENT_ID, document.toString());
    }
}
