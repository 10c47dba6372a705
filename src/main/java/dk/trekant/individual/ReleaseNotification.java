package dk.trekant.individual;

import java.time.LocalDate;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A release notice from Kriminalforsorgen (KSP): someone is to be released and may want the municipality's help. */
public record ReleaseNotification(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{Alnum}._:-]+", message = "letters, digits and . _ : - only (it is used in the URL of a change)") String reference,
        @NotNull @FutureOrPresent LocalDate expectedReleaseDate,
        @NotNull InstitutionKind institutionKind,
        @NotBlank @Size(max = 200) @PlainText String institutionName,
        @NotNull ReleaseReason reasonCategory,
        @NotNull @Valid ReleaseConsent consent,
        @Size(max = 2000) @PlainText String description,
        @NotNull @Valid PersonDetails person) {
}
