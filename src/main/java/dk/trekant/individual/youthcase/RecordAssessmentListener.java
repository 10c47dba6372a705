package dk.trekant.individual.youthcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Vurdér henvendelse" is completed: the coordinator's decision is written into the case. */
@Component("recordAssessment")
class RecordAssessmentListener implements TaskListener {

    private final CaseFileService caseFile;

    RecordAssessmentListener(CaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        caseFile.recordAssessment(UUID.fromString((String) task.getVariable(YouthCaseVariables.CASE_ID)),
                (String) task.getVariable("decidedLevel"), (String) task.getVariable("assessmentDecision"),
                task.getAssignee());
    }
}
