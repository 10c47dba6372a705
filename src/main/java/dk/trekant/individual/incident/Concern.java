package dk.trekant.individual.incident;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dk.trekant.individual.person.YouthDetails;
import dk.trekant.platform.web.DateWindow;
import dk.trekant.platform.web.PlainText;
import dk.trekant.privacy.Cpr;
import dk.trekant.privacy.NoCpr;

/**
 * A concern (bekymringshenvendelse) from a school or club. What was observed is described in
 * words; a category may be given when the concern is about an offence.
 */
public record Concern(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotNull @PastOrPresent @DateWindow(earliest = "2000-01-01") OffsetDateTime observedAt,
        @NotBlank @Size(max = 4000) @PlainText @NoCpr String description,
        OffenceCategory category,
        @NotNull @Valid YouthDetails youth,
        Boolean knownToSocialServices) {

    NewIncident toIncident(UUID partnerId, String partnerName) {
        return NewIncident.fromPartner(IncidentSource.CONCERN, partnerId, partnerName, reference,
                Cpr.parse(youth.cpr()).orElseThrow(), youth.firstName(), youth.lastName(), youth.school(),
                Boolean.TRUE.equals(knownToSocialServices), observedAt.toInstant(), null,
                category == null ? OffenceCategory.ANDET : category, null, description);
    }
}
