package dk.trekant.intake;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The intake's queue on {@code /actuator/health/intake} (administrators): items (of every intake) waiting to be
 * taken to their process, and those that failed every attempt and wait in a leader's task. A dead letter
 * does not make Trekant unhealthy (everything else runs), but it shows.
 */
@Component("intakeQueue")
class IntakeHealth implements HealthIndicator {

    private final IntakeRouter router;

    IntakeHealth(IntakeRouter router) {
        this.router = router;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("unrouted", router.unrouted()).withDetail("failed", router.failed()).build();
    }
}
