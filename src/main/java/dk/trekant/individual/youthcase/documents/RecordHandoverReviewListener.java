package dk.trekant.individual.youthcase.documents;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.individual.youthcase.YouthCaseVariables;

/**
 * When "Gennemse underretning" is completed: the edited sections and the decision are kept in the
 * document's row, the task-local texts are removed, and only the flag {@code handoverApproved} goes on.
 */
@Component("recordHandoverReview")
class RecordHandoverReviewListener implements TaskListener {

    private final HandoverDrafts drafts;

    RecordHandoverReviewListener(HandoverDrafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public void notify(DelegateTask task) {
        Object review = value(task, YouthCaseVariables.HANDOVER_REVIEW);
        if (!"APPROVED".equals(review) && !"REJECTED".equals(review)) {
            throw new InvalidReviewException(YouthCaseVariables.HANDOVER_REVIEW, "Vælg, om underretningen godkendes.");
        }
        boolean approved = "APPROVED".equals(review);
        drafts.review(UUID.fromString((String) task.getVariable(YouthCaseVariables.HANDOVER_DOCUMENT_ID)),
                new CaseDocument.Sections(text(task, YouthCaseVariables.HANDOVER_REASON),
                        text(task, YouthCaseVariables.HANDOVER_OBSERVED), text(task, YouthCaseVariables.HANDOVER_ACTIONS)),
                approved, text(task, YouthCaseVariables.HANDOVER_REVIEW_COMMENT), task.getAssignee());
        task.removeVariablesLocal(YouthCaseVariables.REVIEW_FIELDS);
        task.getExecution().removeVariables(YouthCaseVariables.REVIEW_FIELDS);
        task.getExecution().setVariable(YouthCaseVariables.HANDOVER_APPROVED, approved);
    }

    /**
     * What was submitted: Tasklist's form ({@code submit-form}) writes into the task's local variables;
     * a plain {@code complete} with variables writes them into the process, from where they are removed again.
     */
    private static Object value(DelegateTask task, String name) {
        Object submitted = task.getExecution().getVariable(name);
        return submitted != null ? submitted : task.getVariableLocal(name);
    }

    private static String text(DelegateTask task, String name) {
        Object value = value(task, name);
        return value == null ? null : value.toString();
    }
}
