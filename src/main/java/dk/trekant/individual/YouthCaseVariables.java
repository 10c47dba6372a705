package dk.trekant.individual;

/** Names of the youth case's process variables that Java code reads or writes (see processes/individual/README.md). */
final class YouthCaseVariables {

    static final String CASE_ID = "caseId";
    static final String CASE_NUMBER = "caseNumber";
    static final String INCIDENT_ID = "incidentId";
    static final String ASSESSMENT_WORKING_DAYS = "assessmentWorkingDays";
    static final String FOLLOW_UP_PERIOD = "followUpPeriod";

    private YouthCaseVariables() {
    }
}
