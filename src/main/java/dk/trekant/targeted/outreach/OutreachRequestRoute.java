package dk.trekant.targeted.outreach;

import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.intake.IntakeRoute;

/** Starts the process (message {@code outreachRequest}) of a partner's accepted request. */
@Component
class OutreachRequestRoute implements IntakeRoute {

    static final String KIND = "OUTREACH_REQUEST";

    private final OutreachRequestService outreach;

    OutreachRequestRoute(OutreachRequestService outreach) {
        this.outreach = outreach;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void route(UUID requestId) {
        outreach.start(requestId);
    }

    @Override
    public String label(UUID requestId) {
        return "Anmodning om udgående opgave";
    }
}
