package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.casefile.DocumentPdfs;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/** "Gem godkendt underretning": the approved text is rendered to PDF/A and kept with the document, as it went out. */
@Component("storeApprovedHandover")
class StoreApprovedHandoverDelegate implements JavaDelegate {

    private final DocumentPdfs pdfs;

    StoreApprovedHandoverDelegate(DocumentPdfs pdfs) {
        this.pdfs = pdfs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pdfs.store(UUID.fromString((String) execution.getVariable(YouthCaseVariables.HANDOVER_DOCUMENT_ID)));
    }
}
