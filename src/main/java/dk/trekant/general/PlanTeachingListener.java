package dk.trekant.general;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Planlæg undervisning". On create: the preventers to choose from. On complete with the decision
 * PLAN: the date, preventer and material into the course, and the reminder and registration
 * clocks into the process ({@code teachingReminderAt}, {@code teachingRegistrationDue}; {@code heldOn}
 * pre-filled with the planned date).
 */
@Component("planTeaching")
class PlanTeachingListener implements TaskListener {

    private final TeachingService teaching;

    PlanTeachingListener(TeachingService teaching) {
        this.teaching = teaching;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariable(TeachingVariables.AVAILABLE_PREVENTERS, teaching.availablePreventers());
            return;
        }
        if (!"PLAN".equals(task.getVariable("planningDecision"))) {
            TaskValues.requiredText(task.getVariable(TeachingVariables.CANCELLATION_REASON), "Begrundelse for aflysning", 2000);
            task.setVariable(TeachingVariables.CANCELLATION_SOURCE, "STAFF");
            return;
        }
        UUID requestId = UUID.fromString((String) task.getVariable(TeachingVariables.REQUEST_ID));
        String plannedDate = TaskValues.requiredText(task.getVariable(TeachingVariables.PLANNED_DATE), "Dato", 40);
        TeachingService.PlanDates dates = teaching.recordPlan(requestId, plannedDate,
                TaskValues.requiredText(task.getVariable(TeachingVariables.PREVENTER), "Underviser", 64),
                TaskValues.text(task.getVariable(TeachingVariables.MATERIAL), "Materiale", 500),
                task.getAssignee());
        task.setVariable(TeachingVariables.PREVENTER, task.getVariable(TeachingVariables.PREVENTER).toString().trim());
        task.setVariable(TeachingVariables.REMINDER_AT, dates.reminderAt());
        task.setVariable(TeachingVariables.REGISTRATION_DUE, dates.registrationDue());
        task.setVariable(TeachingVariables.HELD_ON, plannedDate.substring(0, Math.min(10, plannedDate.length())));
    }
}
