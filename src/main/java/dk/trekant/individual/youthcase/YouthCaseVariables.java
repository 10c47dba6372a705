package dk.trekant.individual.youthcase;

/** Names of the youth case's process variables that Java code reads or writes (see processes/individual/README.md). */
public final class YouthCaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String INCIDENT_ID = "incidentId";
    public static final String ASSESSMENT_WORKING_DAYS = "assessmentWorkingDays";
    public static final String FOLLOW_UP_PERIOD = "followUpPeriod";
    public static final String HANDOVER_DOCUMENT_ID = "handoverDocumentId";
    public static final String PARENT_LETTER_DOCUMENT_ID = "parentLetterDocumentId";
    /** Set by "Gennemse underretning": the gateway "Godkendt?" reads it. */
    public static final String HANDOVER_APPROVED = "handoverApproved";

    /**
     * The review form's fields: task-local variables of "Gennemse underretning" only (set when the task
     * is created, read and removed when it is completed); the text is kept in the document's row.
     */
    public static final String HANDOVER_REASON = "handoverReason";
    public static final String HANDOVER_OBSERVED = "handoverObserved";
    public static final String HANDOVER_ACTIONS = "handoverActions";
    public static final String HANDOVER_REVIEW = "handoverReview";
    public static final String HANDOVER_REVIEW_COMMENT = "handoverReviewComment";
    public static final java.util.List<String> REVIEW_FIELDS = java.util.List.of(HANDOVER_REASON, HANDOVER_OBSERVED,
            HANDOVER_ACTIONS, HANDOVER_REVIEW, HANDOVER_REVIEW_COMMENT);

    public static final String LETTER_CHANNEL = "letterChannel";
    public static final String LETTER_SENT_ON = "letterSentOn";

    private YouthCaseVariables() {
    }
}
