package dk.trekant.targeted;

/** Where a joint prevention meeting stands. */
public enum JointMeetingStatus {
    PLANNED, PREPARED, HELD, CANCELLED
}
