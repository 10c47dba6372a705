package dk.trekant.individual.adultcase;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.trekant.individual.person.InstitutionKind;
import dk.trekant.individual.person.PersonDetails;
import dk.trekant.platform.web.DateWindow;
import dk.trekant.platform.web.PlainText;
import dk.trekant.privacy.NoCpr;

/** A release notice from Kriminalforsorgen (KSP): someone is to be released and may want the municipality's help. */
public record ReleaseNotification(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotNull @FutureOrPresent @DateWindow(latest = "P5Y") LocalDate expectedReleaseDate,
        @NotNull InstitutionKind institutionKind,
        @NotBlank @Size(max = 200) @PlainText @NoCpr String institutionName,
        @NotNull ReleaseReason reasonCategory,
        @NotNull @Valid ReleaseConsent consent,
        @Size(max = 2000) @PlainText @NoCpr String description,
        @NotNull @Valid PersonDetails person) {
}
