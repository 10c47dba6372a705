package dk.trekant.individual.adultcase;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * When a "Koordinér: …" task is completed: the area's outcome goes into the case, and the
 * coordination so far ({@code coordinationSummary}) is shown at the coordination meeting.
 */
@Component("recordAreaOutcome")
class RecordAreaOutcomeListener implements TaskListener {

    private final AdultCaseFileService caseFile;

    RecordAreaOutcomeListener(AdultCaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        Object note = task.getVariable("areaNote");
        String summary = caseFile.recordAreaOutcome(UUID.fromString((String) task.getVariable(AdultCaseVariables.CASE_ID)),
                (String) task.getVariable("area"), (String) task.getVariable("areaOutcome"),
                note == null ? null : note.toString(), task.getAssignee());
        task.getExecution().getProcessInstance().setVariable("coordinationSummary", summary);
    }
}
