package dk.trekant.general;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Gennemfør og registrér undervisning", on complete: a held lesson (classes, pupils reached,
 * evaluation; the hours into the shared hour log under this task's id), or why it was not held.
 */
@Component("recordTeaching")
class RecordTeachingListener implements TaskListener {

    private final TeachingService teaching;

    RecordTeachingListener(TeachingService teaching) {
        this.teaching = teaching;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID requestId = UUID.fromString((String) task.getVariable(TeachingVariables.REQUEST_ID));
        if (!"HELD".equals(task.getVariable(TeachingVariables.TEACHING_HELD))) {
            teaching.recordNotHeld(requestId,
                    TaskValues.requiredText(task.getVariable(TeachingVariables.NOT_HELD_REASON), "Hvorfor blev den ikke holdt", 2000));
            return;
        }
        String staffUser = task.getAssignee() != null ? task.getAssignee() : (String) task.getVariable(TeachingVariables.PREVENTER);
        teaching.recordHeld(requestId, new TeachingService.Lesson(
                TaskValues.requiredText(task.getVariable(TeachingVariables.HELD_ON), "Dato", 40),
                TaskValues.whole(task.getVariable(TeachingVariables.CLASSES_TAUGHT), "Antal klasser", 1, 50),
                TaskValues.whole(task.getVariable(TeachingVariables.PUPILS_REACHED), "Antal elever nået", 1, 2000),
                number(task.getVariable(TeachingVariables.TEACHING_HOURS)),
                TaskValues.text(task.getVariable(TeachingVariables.EVALUATION), "Evaluering", 4000)), staffUser, task.getId());
    }

    private static Number number(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        try {
            return value == null || value.toString().isBlank() ? null : Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Antal timer kan ikke læses.");
        }
    }
}
