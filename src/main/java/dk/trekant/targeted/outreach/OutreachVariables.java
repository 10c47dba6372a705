package dk.trekant.targeted.outreach;

/** Names of the outreach request's process variables (processes/targeted/README.md, "Outreach request"). */
final class OutreachVariables {

    static final String PROCESS_KEY = "outreachRequest";
    static final String START_MESSAGE = "outreachRequest";

    static final String REQUEST_ID = "outreachRequestId";
    static final String KIND = "outreachKind";
    static final String KIND_LABEL = "outreachKindLabel";
    static final String PLACE = "place";
    static final String DESCRIPTION = "requestDescription";
    static final String REQUESTED_BY = "requestedBy";
    static final String ACUTE = "acute";
    static final String STAFFING_DUE = "staffingDue";
    static final String WITH_POLICE_WANTED = "withPoliceWanted";
    static final String WANTED_FROM = "wantedFrom";
    static final String OCCURRED_ON = "occurredOn";
    static final String STAFFED_BY = "staffedBy";
    static final String FOLLOW_UP_NEEDED = "followUpNeeded";
    static final String CONCERN_PREFIX = "concern";
    static final String CONCERN_CASE_NUMBER = "concernCaseNumber";

    private OutreachVariables() {
    }
}
