package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/**
 * When "Gennemse underretning" is created: the draft's sections become task-local variables, so
 * the form shows them as editable text. They live only as long as the task.
 */
@Component("prepareHandoverReview")
class PrepareHandoverReviewListener implements TaskListener {

    private final HandoverDrafts drafts;

    PrepareHandoverReviewListener(HandoverDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void notify(DelegateTask task) {
        CaseDocument.Sections sections = drafts.sections(
                UUID.fromString((String) task.getVariable(YouthCaseVariables.HANDOVER_DOCUMENT_ID)));
        task.setVariableLocal(YouthCaseVariables.HANDOVER_REASON, sections.reason());
        task.setVariableLocal(YouthCaseVariables.HANDOVER_OBSERVED, sections.observed());
        task.setVariableLocal(YouthCaseVariables.HANDOVER_ACTIONS, sections.actions());
        // local, so that the submitted answer stays on the task and a later review starts blank
        task.setVariableLocal(YouthCaseVariables.HANDOVER_REVIEW, null);
        task.setVariableLocal(YouthCaseVariables.HANDOVER_REVIEW_COMMENT, null);
    }
}
