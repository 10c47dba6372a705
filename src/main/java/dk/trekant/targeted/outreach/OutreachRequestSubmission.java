package dk.trekant.targeted.outreach;

import java.time.OffsetDateTime;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dk.trekant.platform.web.DateWindow;
import dk.trekant.privacy.NoCpr;

/**
 * A partner's request for outreach (udgående opgave). {@code occurredAt} is when the serious
 * incident happened (required for {@code SERIOUS_INCIDENT_PRESENCE}); {@code wantedFrom} when the
 * partner would like the preventers to come; {@code withPolice} asks for a joint effort with the police.
 * No personal data about children belongs here: describe the situation, not named youths.
 */
public record OutreachRequestSubmission(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotNull OutreachKind kind,
        @NotBlank @Size(max = 200) @PlainText @NoCpr String place,
        @NotBlank @Size(max = 4000) @PlainText @NoCpr String description,
        @DateWindow(earliest = "-P1M", latest = "P2Y") OffsetDateTime wantedFrom,
        @PastOrPresent @DateWindow(earliest = "2000-01-01") OffsetDateTime occurredAt,
        Boolean withPolice) {
}
