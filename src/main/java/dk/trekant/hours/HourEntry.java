package dk.trekant.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One logged stretch of work: who (a Camunda user id), which day, what kind, how many hours, and
 * what it was for. {@code taskId} is the Tasklist task it was recorded with, if any.
 */
public record HourEntry(UUID id, String staffUser, LocalDate workDate, HourKind kind, BigDecimal hours,
        HourSource sourceType, UUID sourceId, String taskId, Boolean withPolice, Instant recordedAt) {
}
