package dk.trekant.individual.youthcase;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.youth-case.*}: the clocks of the youth case and how long a closed case is kept.
 *
 * @param assessmentWorkingDays working days the coordinator has to assess a normal (not acute) case
 * @param followUpPeriod        time from the action to the follow-up (ISO-8601, e.g. P3M)
 * @param retentionNoAction     how long a case closed without action is kept after closing
 * @param retentionAfterAction  how long a case with a parent dialogue or handover is kept after closing
 */
@ConfigurationProperties("trekant.youth-case")
public record YouthCaseProperties(Integer assessmentWorkingDays, String followUpPeriod, Period retentionNoAction,
        Period retentionAfterAction) {

    public YouthCaseProperties {
        assessmentWorkingDays = assessmentWorkingDays == null ? 5 : assessmentWorkingDays;
        followUpPeriod = followUpPeriod == null ? "P3M" : followUpPeriod;
        retentionNoAction = retentionNoAction == null ? Period.ofYears(2) : retentionNoAction;
        retentionAfterAction = retentionAfterAction == null ? Period.ofYears(5) : retentionAfterAction;
    }
}
