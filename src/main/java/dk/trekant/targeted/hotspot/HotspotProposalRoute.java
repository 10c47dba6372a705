package dk.trekant.targeted.hotspot;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.intake.IntakeRoute;

/** Starts the hotspot process (message {@code hotspotProposal}) for a partner's accepted proposal. */
@Component
class HotspotProposalRoute implements IntakeRoute {

    static final String KIND = "HOTSPOT_PROPOSAL";

    private final HotspotService hotspots;

    HotspotProposalRoute(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void route(UUID hotspotId) {
        hotspots.startProposal(hotspotId);
    }

    @Override
    public String label(UUID hotspotId) {
        return "Forslag om hotspot";
    }
}
