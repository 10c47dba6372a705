package dk.trekant.individual.adultcase;

/** Names of the adult case's process variables that Java code reads or writes (see processes/individual/README.md). */
final class AdultCaseVariables {

    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String REFERRAL_ID = "referralId";
    static final String ASSESSMENT_WORKING_DAYS = "assessmentWorkingDays";
    static final String FOLLOW_UP_PERIOD = "followUpPeriod";
    static final String RELEASE_DATE = "releaseDate";
    static final String RELEASE_MEETING_REMINDER = "releaseMeetingReminder";
    /** The release date as the forms show it ("29. januar 2027"). */
    static final String RELEASE_DATE_TEXT = "releaseDateText";
    static final String CONSENT = "consent";
    static final String AREAS = "areas";
    static final String CASE_OUTCOME = "caseOutcome";

    /** The reminder timer's id; the Java side moves its job when the release date moves. */
    static final String REMINDER_TIMER = "waitForReleaseMeeting";
    static final String PLAN_RELEASE_MEETING = "planReleaseMeeting";

    private AdultCaseVariables() {
    }
}
