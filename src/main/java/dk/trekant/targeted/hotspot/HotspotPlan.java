package dk.trekant.targeted.hotspot;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An approved period (both days included) and the presence planned for each of its weeks. */
public record HotspotPlan(LocalDate from, LocalDate to, int shiftsPerWeek, BigDecimal shiftHours) {
}
