package dk.trekant.targeted.outreach;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code trekant.outreach.*}: how soon a request must be staffed. Presence after a serious incident
 * is acute and is staffed within {@code acuteStaffingHours} hours; the others within
 * {@code staffingWorkingDays} working days. Overdue → the leader gets an escalation task.
 */
@ConfigurationProperties("trekant.outreach")
public record OutreachProperties(@DefaultValue("4") int acuteStaffingHours, @DefaultValue("5") int staffingWorkingDays) {

    public OutreachProperties {
        if (acuteStaffingHours < 1 || staffingWorkingDays < 1) {
            throw new IllegalArgumentException("trekant.outreach: staffing deadlines must be at least 1");
        }
    }
}
