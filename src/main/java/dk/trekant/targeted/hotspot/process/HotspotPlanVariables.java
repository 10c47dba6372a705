package dk.trekant.targeted.hotspot.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import dk.trekant.targeted.hotspot.HotspotPlan;
import dk.trekant.targeted.hotspot.HotspotVariables;

/** The variables an approved plan gives the process: the timers' dates and the shifts' count and length. */
final class HotspotPlanVariables {

    private HotspotPlanVariables() {
    }

    static void write(DelegateExecution execution, HotspotPlan plan) {
        execution.setVariable(HotspotVariables.PERIOD_FROM, plan.from().toString());
        execution.setVariable(HotspotVariables.PERIOD_TO, plan.to().toString());
        execution.setVariable(HotspotVariables.PERIOD_START, HotspotFormValues.startOf(plan.from()));
        execution.setVariable(HotspotVariables.PERIOD_END, HotspotFormValues.startOf(plan.to().plusDays(1)));
        execution.setVariable(HotspotVariables.PERIOD_LABEL, HotspotFormValues.periodLabel(plan));
        execution.setVariable(HotspotVariables.SHIFTS_PER_WEEK, plan.shiftsPerWeek());
        execution.setVariable(HotspotVariables.PLANNED_SHIFT_HOURS, plan.shiftHours().doubleValue());
    }
}
