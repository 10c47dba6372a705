package dk.trekant.individual.youthcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Send informationsbrev til forældre": writes the letter into the case. */
@Component("sendParentInformationLetter")
class SendParentInformationLetterDelegate implements JavaDelegate {

    private final CaseFileService caseFile;

    SendParentInformationLetterDelegate(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID letter = caseFile.createParentLetter(UUID.fromString((String) execution.getVariable(YouthCaseVariables.CASE_ID)));
        execution.setVariable("parentLetterId", letter.toString());
    }
}
