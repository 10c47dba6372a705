package dk.trekant.targeted.hotspot.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotPlan;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/**
 * When "Beslutning i lokalrådet" is completed: the decision is written to the hotspot, and an
 * approval's period and planned presence become the variables the timers and shifts run on.
 */
@Component("recordHotspotDecision")
class RecordHotspotDecisionListener implements TaskListener {

    private final HotspotService hotspots;

    RecordHotspotDecisionListener(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID hotspotId = UUID.fromString((String) task.getVariable(HotspotVariables.HOTSPOT_ID));
        String decision = HotspotFormValues.text(task, HotspotVariables.LOKALRAAD_DECISION);
        if ("REJECTED".equals(decision)) {
            hotspots.reject(hotspotId, HotspotFormValues.text(task, HotspotVariables.REJECTION_REASON), HotspotFormValues.actor(task));
            return;
        }
        if (!"APPROVED".equals(decision)) {
            throw new IllegalArgumentException("Vælg lokalrådets beslutning: godkendt eller afvist.");
        }
        HotspotPlan plan = hotspots.approve(hotspotId,
                HotspotFormValues.date(task, HotspotVariables.PERIOD_FROM, "Periodens første dag"),
                HotspotFormValues.date(task, HotspotVariables.PERIOD_TO, "Periodens sidste dag"),
                HotspotFormValues.number(task, HotspotVariables.SHIFTS_PER_WEEK, "Vagter pr. uge"),
                HotspotFormValues.number(task, HotspotVariables.PLANNED_SHIFT_HOURS, "Timer pr. vagt"),
                HotspotFormValues.text(task, HotspotVariables.DECISION_NOTE), HotspotFormValues.actor(task));
        HotspotPlanVariables.write(task.getExecution(), plan);
    }
}
