package dk.trekant.general;

/** Names of the teaching course's process variables (the contract is in processes/general/README.md). */
final class TeachingVariables {

    static final String PROCESS_KEY = "teachingRequest";
    static final String REQUESTED_MESSAGE = "teachingRequested";
    static final String CANCELLED_MESSAGE = "teachingCancelled";

    static final String REQUEST_ID = "teachingRequestId";
    static final String SCHOOL_NAME = "schoolName";
    static final String GRADE = "grade";
    static final String CLASSES = "classes";
    static final String PUPILS = "pupils";
    static final String TOPIC = "topic";
    static final String TOPIC_LABEL = "topicLabel";
    static final String WISHED_FROM = "wishedFrom";
    static final String WISHED_TO = "wishedTo";
    static final String REQUEST_NOTE = "requestNote";
    static final String PLANNING_WORKING_DAYS = "planningWorkingDays";
    static final String REMINDER_WORKING_DAYS = "reminderWorkingDays";
    static final String REQUESTED_BY = "requestedBy";

    static final String PLANNED_DATE = "plannedDate";
    static final String PREVENTER = "preventer";
    static final String MATERIAL = "material";
    static final String AVAILABLE_PREVENTERS = "availablePreventers";
    static final String REMINDER_AT = "teachingReminderAt";
    static final String REGISTRATION_DUE = "teachingRegistrationDue";

    static final String HELD_ON = "heldOn";
    static final String CLASSES_TAUGHT = "classesTaught";
    static final String PUPILS_REACHED = "pupilsReached";
    static final String TEACHING_HOURS = "teachingHours";
    static final String EVALUATION = "evaluation";
    static final String NOT_HELD_REASON = "notHeldReason";
    static final String TEACHING_HELD = "teachingHeld";

    static final String CANCELLATION_SOURCE = "cancellationSource";
    static final String CANCELLATION_REASON = "cancellationReason";

    private TeachingVariables() {
    }
}
