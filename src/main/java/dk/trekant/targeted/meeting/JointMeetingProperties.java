package dk.trekant.targeted.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trekant.joint-meeting.*}: when the scheduler process {@code jointMeetingScheduler} runs
 * ({@code cycle}, an ISO-8601 repeating interval or a Camunda cron expression; every second Monday
 * at 06:00 by default) and how far ahead it plans ({@code leadDays}: each active school's meeting
 * is on its own weekday on or after the run day plus this many days).
 */
@ConfigurationProperties("trekant.joint-meeting")
public record JointMeetingProperties(@DefaultValue("R/2026-01-05T06:00/P14D") String cycle, @DefaultValue("7") int leadDays) {

    public JointMeetingProperties {
        if (cycle == null || cycle.isBlank()) {
            throw new IllegalArgumentException("trekant.joint-meeting.cycle is required");
        }
        if (leadDays < 0 || leadDays > 28) {
            throw new IllegalArgumentException("trekant.joint-meeting.lead-days must be 0-28");
        }
    }
}
