package dk.trekant.individual.adultcase;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.intake.IntakeRoute;

/** Takes Kriminalforsorgen's accepted release notice to the person's adult case (partitioned by person). */
@Component
class ReleaseNoticeRoute implements IntakeRoute {

    static final String KIND = "RELEASE_NOTICE";

    private final AdultIntakeService intake;

    ReleaseNoticeRoute(AdultIntakeService intake) {
        this.intake = intake;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void route(UUID referralId) {
        intake.routeRelease(referralId);
    }

    @Override
    public String label(UUID referralId) {
        return "Løsladelsesmeddelelse fra Kriminalforsorgen";
    }
}
