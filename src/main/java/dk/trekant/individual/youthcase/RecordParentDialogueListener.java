package dk.trekant.individual.youthcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Afhold forældresamtale" is completed: the dialogue is recorded in the case. */
@Component("recordParentDialogue")
class RecordParentDialogueListener implements TaskListener {

    private final CaseFileService caseFile;

    RecordParentDialogueListener(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        caseFile.recordParentDialogue(UUID.fromString((String) task.getVariable(YouthCaseVariables.CASE_ID)),
                new ParentDialogue.Record(text(task, "dialogueDate"), text(task, "dialoguePlace"), text(task, "participants"),
                        (Boolean) task.getVariable("parentsConsent"), (Boolean) task.getVariable("youthConsent"),
                        text(task, "consentMissingReason"), text(task, "summaryMapping"), text(task, "summaryAccountability"),
                        text(task, "agreedActions"), text(task, "followUpAgreement"), text(task, "dialogueOutcome"),
                        task.getAssignee()));
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value == null ? null : value.toString();
    }
}
