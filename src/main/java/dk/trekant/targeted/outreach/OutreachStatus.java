package dk.trekant.targeted.outreach;

/** Where an outreach request stands; a partner reads it from its receipt. */
public enum OutreachStatus {
    /** Received; no preventer has taken it yet. */
    RECEIVED,
    /** A preventer has taken it and planned the effort. */
    STAFFED,
    /** The effort is done and its hours are logged. */
    COMPLETED
}
