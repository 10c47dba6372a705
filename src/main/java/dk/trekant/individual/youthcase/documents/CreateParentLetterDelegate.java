package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.individual.casefile.DocumentPdfs;
import dk.trekant.individual.youthcase.CaseFileService;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/** "Dan informationsbrev": writes the letter to the parents into the case file, as PDF/A. Sending it is the coordinator's task. */
@Component("createParentLetter")
class CreateParentLetterDelegate implements JavaDelegate {

    private final CaseFileService caseFile;
    private final DocumentPdfs pdfs;

    CreateParentLetterDelegate(CaseFileService caseFile, DocumentPdfs pdfs) {
        this.caseFile = caseFile;
        this.pdfs = pdfs;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID letter = caseFile.createParentLetter(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)));
        pdfs.store(letter);
        execution.setVariable(YouthCaseVariables.PARENT_LETTER_DOCUMENT_ID, letter.toString());
    }
}
