package dk.trekant.hours;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's hours of one kind-group in one ISO week (weekStart is that week's Monday). */
public record WeeklyHours(String staffUser, LocalDate weekStart, BigDecimal hours) {
}
