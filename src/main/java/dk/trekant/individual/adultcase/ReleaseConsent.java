package dk.trekant.individual.adultcase;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

import dk.trekant.platform.web.DateWindow;

/**
 * Whether the person agreed that Kriminalforsorgen shares the notice with the municipality (SSP+ is
 * voluntary) and when they were asked. Both are required: the coordinator must know what was asked.
 */
public record ReleaseConsent(@NotNull Boolean given, @NotNull @PastOrPresent @DateWindow(earliest = "2000-01-01") LocalDate recordedOn) {
}
