package dk.trekant.targeted.meeting;

import org.springframework.stereotype.Component;

/** The cycle of the scheduler's timer start event: {@code timeCycle="${jointMeetingSchedule.cycle}"}. */
@Component("jointMeetingSchedule")
public class JointMeetingSchedule {

    private final JointMeetingProperties properties;

    JointMeetingSchedule(JointMeetingProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.cycle();
    }
}
