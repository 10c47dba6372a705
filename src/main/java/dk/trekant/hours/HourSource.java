package dk.trekant.hours;

/** What a logged hour belongs to. */
public enum HourSource {
    HOTSPOT, OUTREACH_REQUEST, JOINT_MEETING, TEACHING
}
