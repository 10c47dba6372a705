package dk.trekant.targeted.meeting;

/** Names of the joint prevention meeting's process variables (processes/targeted/README.md, "Joint prevention meeting"). */
final class JointMeetingVariables {

    static final String PROCESS_KEY = "jointPreventionMeeting";

    static final String MEETING_ID = "meetingId";
    static final String SCHOOL_NAME = "schoolName";
    static final String CLUB_NAME = "clubName";
    static final String SOCIAL_WORKER = "socialWorker";
    static final String MEETING_DATE = "meetingDate";
    static final String MEETING_TIME = "meetingTime";
    static final String MEETING_START = "meetingStart";
    static final String MEETING_CANCELLED = "meetingCancelled";
    static final String CANCEL_REASON = "cancelReason";
    static final String HELD_BY = "heldBy";
    static final String CONCERN_COUNT = "concernCount";
    static final String CONCERNS_TO_RAISE = "concernsToRaise";
    static final String RAISED_CASE_NUMBERS = "raisedCaseNumbers";
    /** The form offers this many youths per meeting (concern1 ... concern5); more: a second meeting record or Bekymring fra medarbejder. */
    static final int MAX_CONCERNS = 5;

    static String concernPrefix(int index) {
        return "concern" + index;
    }

    private JointMeetingVariables() {
    }
}
