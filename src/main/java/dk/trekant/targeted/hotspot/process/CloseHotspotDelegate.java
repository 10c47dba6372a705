package dk.trekant.targeted.hotspot.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotVariables;

/** "Luk hotspot": the evaluation closed the hotspot. */
@Component("closeHotspot")
class CloseHotspotDelegate implements JavaDelegate {

    private final HotspotService hotspots;

    CloseHotspotDelegate(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public void execute(DelegateExecution execution) {
        hotspots.close(UUID.fromString((String) execution.getVariable(HotspotVariables.HOTSPOT_ID)));
    }
}
