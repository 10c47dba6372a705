package dk.trekant.targeted.meeting;

/** Where a joint prevention meeting stands. */
public enum JointMeetingStatus {
    PLANNED, PREPARED, HELD, CANCELLED
}
