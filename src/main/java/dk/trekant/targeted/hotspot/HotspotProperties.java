package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.hotspot.*}: the defaults and limits of hotspots.
 *
 * @param defaultShiftHours     planned length of one presence shift when the lokalråd names none
 * @param maxShiftsPerWeek      most presence shifts a week that a period may plan
 * @param maxPeriod             longest period one decision may approve (an evaluation extends it)
 * @param evaluationWorkingDays working days the leader has to evaluate a hotspot after its period
 */
@ConfigurationProperties("trekant.hotspot")
public record HotspotProperties(BigDecimal defaultShiftHours, Integer maxShiftsPerWeek, Period maxPeriod,
        Integer evaluationWorkingDays) {

    public HotspotProperties {
        defaultShiftHours = defaultShiftHours == null ? BigDecimal.valueOf(3) : defaultShiftHours;
        maxShiftsPerWeek = maxShiftsPerWeek == null ? 14 : maxShiftsPerWeek;
        maxPeriod = maxPeriod == null ? Period.ofYears(1) : maxPeriod;
        evaluationWorkingDays = evaluationWorkingDays == null ? 10 : evaluationWorkingDays;
    }
}
