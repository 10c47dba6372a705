package dk.trekant.targeted.hotspot.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.platform.process.VariableText;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/** "Afslut periode": the hotspot awaits its evaluation; the period's shifts and hours for the leader's form. */
@Component("endHotspotPeriod")
class EndHotspotPeriodDelegate implements JavaDelegate {

    private final HotspotService hotspots;

    EndHotspotPeriodDelegate(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HotspotService.PeriodSummary summary = hotspots.endPeriod(
                UUID.fromString((String) execution.getVariable(HotspotVariables.HOTSPOT_ID)));
        execution.setVariable(HotspotVariables.PERIOD_SUMMARY, VariableText.fit(summary.text()));
    }
}
