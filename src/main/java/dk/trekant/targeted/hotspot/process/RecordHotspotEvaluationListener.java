package dk.trekant.targeted.hotspot.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotPlan;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/**
 * When "Evaluér hotspot" is completed: the evaluation (with the police's input) is written to the
 * hotspot; an extension's new period becomes the variables the timers and shifts run on.
 */
@Component("recordHotspotEvaluation")
class RecordHotspotEvaluationListener implements TaskListener {

    private final HotspotService hotspots;

    RecordHotspotEvaluationListener(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void notify(DelegateTask task) {
        UUID hotspotId = UUID.fromString((String) task.getVariable(HotspotVariables.HOTSPOT_ID));
        String decision = HotspotFormValues.text(task, HotspotVariables.EVALUATION_DECISION);
        String note = HotspotFormValues.text(task, HotspotVariables.EVALUATION_NOTE);
        String policeInput = HotspotFormValues.text(task, HotspotVariables.POLICE_INPUT);
        if ("CLOSE".equals(decision)) {
            hotspots.evaluatedForClosing(hotspotId, note, policeInput, HotspotFormValues.actor(task));
            return;
        }
        if (!"EXTEND".equals(decision)) {
            throw new IllegalArgumentException("Vælg, om hotspottet forlænges eller lukkes.");
        }
        HotspotPlan plan = hotspots.extend(hotspotId,
                HotspotFormValues.date(task, HotspotVariables.EXTENSION_TO, "Den nye periodes sidste dag"),
                HotspotFormValues.number(task, HotspotVariables.SHIFTS_PER_WEEK, "Vagter pr. uge"),
                HotspotFormValues.number(task, HotspotVariables.PLANNED_SHIFT_HOURS, "Timer pr. vagt"),
                note, policeInput, HotspotFormValues.actor(task));
        HotspotPlanVariables.write(task.getExecution(), plan);
    }
}
