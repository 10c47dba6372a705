package dk.trekant.individual.incident;

/** What a partner may know about what it sent: where it stands, never what the case contains. */
public enum ReceiptStatus {
    /** Registered; not yet triaged (or awaiting the adult flow). */
    RECEIVED,
    /** Triaged and waiting for the coordinator's assessment. */
    UNDER_ASSESSMENT,
    /** The coordinator decided on an action ({@code action} names its kind). */
    ACTION_TAKEN,
    CLOSED,
    /** The sender cancelled it (a release that will not take place). */
    CANCELLED
}
