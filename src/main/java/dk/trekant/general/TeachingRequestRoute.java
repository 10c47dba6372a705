package dk.trekant.general;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.intake.IntakeRoute;

/** Starts the process (message {@code teachingRequested}) of a partner's accepted request. */
@Component
class TeachingRequestRoute implements IntakeRoute {

    static final String KIND = "TEACHING_REQUEST";

    private final TeachingService teaching;

    TeachingRequestRoute(TeachingService teaching) {
        this.teaching = teaching;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void route(UUID requestId) {
        teaching.start(requestId);
    }

    @Override
    public String label(UUID requestId) {
        return "Anmodning om undervisning";
    }
}
