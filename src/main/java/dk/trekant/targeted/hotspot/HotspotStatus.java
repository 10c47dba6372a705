package dk.trekant.targeted.hotspot;

/** Where a hotspot stands; its proposer reads this (and the period or the reason for a rejection). */
public enum HotspotStatus {
    /** Proposed; the leader prepares it for the lokalråd. */
    PROPOSED,
    /** Approved by the lokalråd for a period that has not begun yet. */
    APPROVED,
    /** Rejected by the lokalråd (with a reason). */
    REJECTED,
    /** In its period: preventers take presence shifts. */
    ACTIVE,
    /** The period has ended; the leader evaluates it with the police (extend or close). */
    EVALUATED,
    CLOSED
}
