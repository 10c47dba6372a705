package dk.trekant.targeted.hotspot.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/** "Aktivér hotspot": the approved period has begun. */
@Component("activateHotspot")
class ActivateHotspotDelegate implements JavaDelegate {

    private final HotspotService hotspots;

    ActivateHotspotDelegate(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hotspots.activate(UUID.fromString((String) execution.getVariable(HotspotVariables.HOTSPOT_ID)));
    }
}
