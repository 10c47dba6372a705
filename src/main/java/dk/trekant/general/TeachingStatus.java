package dk.trekant.general;

/** Where a teaching course stands, as the school reads it. */
public enum TeachingStatus {
    /** Received; waiting for the consultant to plan it (again, after a lesson that was not held). */
    REQUESTED,
    /** A date and a preventer are set. */
    PLANNED,
    /** Taught; classes and pupils reached are recorded. */
    HELD,
    /** Cancelled by the school or by the team. */
    CANCELLED
}
