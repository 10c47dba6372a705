package dk.trekant.individual.adultcase;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.adult-case.*}: the clocks of the adult case (voksensag / løsladelsesforløb) and how
 * long a closed case is kept.
 *
 * @param assessmentWorkingDays          working days the coordinator has to assess a referral
 * @param followUpPeriod                 time from the coordination meeting to the follow-up (ISO-8601)
 * @param releaseMeetingWorkingDaysBefore how many working days before the release the coordinator is
 *                                       reminded to plan the release meeting
 * @param retentionNoAction              how long a case closed without coordination (no consent,
 *                                       release cancelled before any) is kept after closing
 * @param retentionAfterAction           how long a case with coordination is kept after closing
 */
@ConfigurationProperties("trekant.adult-case")
public record AdultCaseProperties(Integer assessmentWorkingDays, String followUpPeriod,
        Integer releaseMeetingWorkingDaysBefore, Period retentionNoAction, Period retentionAfterAction) {

    public AdultCaseProperties {
        assessmentWorkingDays = assessmentWorkingDays == null ? 5 : assessmentWorkingDays;
        followUpPeriod = followUpPeriod == null ? "P3M" : followUpPeriod;
        releaseMeetingWorkingDaysBefore = releaseMeetingWorkingDaysBefore == null ? 10 : releaseMeetingWorkingDaysBefore;
        retentionNoAction = retentionNoAction == null ? Period.ofYears(2) : retentionNoAction;
        retentionAfterAction = retentionAfterAction == null ? Period.ofYears(5) : retentionAfterAction;
    }
}
