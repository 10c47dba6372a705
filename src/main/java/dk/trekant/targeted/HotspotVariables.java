package dk.trekant.targeted;

/** Names of the hotspot process's variables that Java code reads or writes (see processes/targeted/README.md). */
final class HotspotVariables {

    static final String START_MESSAGE = "hotspotProposal";
    static final String PROCESS_KEY = "hotspot";

    static final String HOTSPOT_ID = "hotspotId";
    static final String AREA_NAME = "areaName";
    static final String ADDRESS = "address";
    static final String LATITUDE = "latitude";
    static final String LONGITUDE = "longitude";
    static final String LOCATION = "location";
    static final String PROPOSAL_REASON = "proposalReason";
    static final String TIMES_OF_DAY = "timesOfDay";
    static final String PROPOSED_BY = "proposedBy";
    static final String PROPOSER_USER = "proposerUser";
    static final String EVALUATION_WORKING_DAYS = "evaluationWorkingDays";

    static final String LOKALRAAD_DECISION = "lokalraadDecision";
    static final String DECISION_NOTE = "decisionNote";
    static final String REJECTION_REASON = "rejectionReason";
    static final String PERIOD_FROM = "periodFrom";
    static final String PERIOD_TO = "periodTo";
    static final String SHIFTS_PER_WEEK = "shiftsPerWeek";
    static final String PLANNED_SHIFT_HOURS = "plannedShiftHours";
    static final String PERIOD_START = "periodStart";
    static final String PERIOD_END = "periodEnd";
    static final String PERIOD_LABEL = "periodLabel";
    static final String PERIOD_SUMMARY = "periodSummary";

    static final String SHIFT_START = "shiftStart";
    static final String SHIFT_END = "shiftEnd";
    static final String SHIFT_HOURS = "shiftHours";
    static final String CONTACT_COUNT = "contactCount";
    static final String CONTACTS = "contacts";
    static final String OBSERVATIONS = "observations";
    static final String POLICE_PRESENT = "policePresent";
    static final String GUARDS_PRESENT = "guardsPresent";

    static final String POLICE_INPUT = "policeInput";
    static final String EVALUATION_NOTE = "evaluationNote";
    static final String EVALUATION_DECISION = "evaluationDecision";
    static final String EXTENSION_TO = "extensionTo";

    private HotspotVariables() {
    }
}
