package dk.trekant.individual.incident;

/** Where an incident came from; each starts the youth case by its own message. */
public enum IncidentSource {
    SECTION_115("section115Notification"),
    CONCERN("concern"),
    JOINT_MEETING("jointMeetingConcern");

    private final String startMessage;

    IncidentSource(String startMessage) {
        this.startMessage = startMessage;
    }

    /** The BPMN message that starts a youth case for this kind of incident. */
    public String startMessage() {
        return startMessage;
    }
}
