package dk.trekant.intake;

/**
 * Where a submission stands, as its sender may know it: one vocabulary for every intake. Each kind
 * uses the statuses of its own course (named in brackets); a kind's own status is named the same.
 */
public enum ReceiptStatus {
    /** Registered; not yet triaged or taken (§115, concerns, release notices, outreach requests). */
    RECEIVED,
    /** Triaged and waiting for the coordinator's assessment (§115, concerns, release notices). */
    UNDER_ASSESSMENT,
    /** The coordinator decided on an action; {@code action} names its kind (§115, concerns, release notices). */
    ACTION_TAKEN,
    /** Proposed; the leader prepares it for the lokalråd (hotspots). */
    PROPOSED,
    /** Approved by the lokalråd for a period that has not begun yet (hotspots). */
    APPROVED,
    /** Rejected by the lokalråd, with its reason (hotspots). */
    REJECTED,
    /** In its period (hotspots). */
    ACTIVE,
    /** The period has ended and is being evaluated (hotspots). */
    EVALUATED,
    /** A preventer has taken it and planned the effort (outreach requests). */
    STAFFED,
    /** The effort is done (outreach requests). */
    COMPLETED,
    /** Waiting for the team to plan it (teaching requests). */
    REQUESTED,
    /** A date and a preventer are set (teaching requests). */
    PLANNED,
    /** Taught (teaching requests). */
    HELD,
    /** Closed (§115, concerns, release notices, hotspots). */
    CLOSED,
    /** Cancelled by the sender (a release that will not take place, a teaching course). */
    CANCELLED;

    /** The receipt's name for a kind's own status of the same name. */
    public static ReceiptStatus of(Enum<?> status) {
        return valueOf(status.name());
    }
}
