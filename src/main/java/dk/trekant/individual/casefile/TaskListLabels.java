package dk.trekant.individual.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dk.trekant.platform.identity.IdentityBootstrap;
import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.platform.process.VariableText;


/**
 * Lets staff tell their tasks apart in Tasklist's lists: each new task of a case gets, as variables
 * of the task itself, the case number (led by "Akut" when the case is acute) and the person's name, which every
 * Tasklist filter shows under the task's name ({@code IdentityBootstrap}'s filters).
 * <p>
 * Why on the task: Tasklist's lists read variables with the reader's own rights, and staff may read
 * their tasks, not the process instances behind them; giving them the instances would open every
 * variable of every case. The name is the one the task's form shows already ({@code youthName} /
 * {@code personName}), copied to the task while it is open (the task's variables go with it), never
 * the CPR number. Each value is bounded.
 */
@Component
public class TaskListLabels {

    static final String CASE = IdentityBootstrap.LIST_CASE_NUMBER;
    static final String NAME = IdentityBootstrap.LIST_NAME;

    private static final int MAX_NAME = 120;

    @EventListener(condition = "#task.eventName == 'create'")
    public void onCreate(DelegateTask task) {
        label(task);
    }

    static void label(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || task.getProcessInstanceId() == null) {
            return;
        }
        Object caseNumber = task.getVariable("caseNumber");
        if (caseNumber == null) {
            return;
        }
        Object urgency = task.getVariable("urgency");
        // an acute case says so first (the list cuts long values): "Akut · KPT-2026-00012"
        task.setVariableLocal(CASE, ("AKUT".equals(urgency)
                ? DanishLabels.label(DanishLabels.Kind.URGENCY, "AKUT") + " · " : "") + caseNumber);
        Object name = task.hasVariable("youthName") ? task.getVariable("youthName") : task.getVariable("personName");
        if (name != null) {
            task.setVariableLocal(NAME, VariableText.fit(name.toString(), MAX_NAME));
        }
    }
}
