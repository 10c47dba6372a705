package dk.trekant.individual.youthcase;

/** Names of the youth case's process variables that Java code reads or writes (see processes/individual/README.md). */
public final class YouthCaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String INCIDENT_ID = "incidentId";
    public static final String ASSESSMENT_WORKING_DAYS = "assessmentWorkingDays";
    public static final String FOLLOW_UP_PERIOD = "followUpPeriod";

    private YouthCaseVariables() {
    }
}
