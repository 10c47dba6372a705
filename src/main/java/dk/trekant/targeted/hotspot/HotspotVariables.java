package dk.trekant.targeted.hotspot;

/** Names of the hotspot process's variables that Java code reads or writes (see processes/targeted/README.md). */
public final class HotspotVariables {

    public static final String START_MESSAGE = "hotspotProposal";
    public static final String PROCESS_KEY = "hotspot";

    public static final String HOTSPOT_ID = "hotspotId";
    public static final String AREA_NAME = "areaName";
    public static final String ADDRESS = "address";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String LOCATION = "location";
    public static final String PROPOSAL_REASON = "proposalReason";
    public static final String TIMES_OF_DAY = "timesOfDay";
    public static final String PROPOSED_BY = "proposedBy";
    public static final String PROPOSER_USER = "proposerUser";
    public static final String EVALUATION_WORKING_DAYS = "evaluationWorkingDays";

    public static final String LOKALRAAD_DECISION = "lokalraadDecision";
    public static final String DECISION_NOTE = "decisionNote";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String PERIOD_FROM = "periodFrom";
    public static final String PERIOD_TO = "periodTo";
    public static final String SHIFTS_PER_WEEK = "shiftsPerWeek";
    public static final String PLANNED_SHIFT_HOURS = "plannedShiftHours";
    public static final String PERIOD_START = "periodStart";
    public static final String PERIOD_END = "periodEnd";
    public static final String PERIOD_LABEL = "periodLabel";
    public static final String PERIOD_SUMMARY = "periodSummary";

    public static final String SHIFT_START = "shiftStart";
    public static final String SHIFT_END = "shiftEnd";
    public static final String SHIFT_HOURS = "shiftHours";
    public static final String CONTACT_COUNT = "contactCount";
    public static final String CONTACTS = "contacts";
    public static final String OBSERVATIONS = "observations";
    public static final String POLICE_PRESENT = "policePresent";
    public static final String GUARDS_PRESENT = "guardsPresent";

    public static final String POLICE_INPUT = "policeInput";
    public static final String EVALUATION_NOTE = "evaluationNote";
    public static final String EVALUATION_DECISION = "evaluationDecision";
    public static final String EXTENSION_TO = "extensionTo";

    private HotspotVariables() {
    }
}
