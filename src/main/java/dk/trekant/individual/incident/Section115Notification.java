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

/** A police notification under Retsplejeloven §115, as the police send it. */
public record Section115Notification(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotNull @PastOrPresent @DateWindow(earliest = "2000-01-01") OffsetDateTime occurredAt,
        @Size(max = 200) @PlainText @NoCpr String place,
        @NotNull OffenceCategory offenceCategory,
        @NotNull YouthRole role,
        @Size(max = 4000) @PlainText @NoCpr String description,
        @NotNull @Valid YouthDetails youth,
        Boolean knownToSocialServices) {

    NewIncident toIncident(UUID partnerId, String partnerName) {
        return NewIncident.fromPartner(IncidentSource.SECTION_115, partnerId, partnerName, reference,
                Cpr.parse(youth.cpr()).orElseThrow(), youth.firstName(), youth.lastName(), youth.school(),
                Boolean.TRUE.equals(knownToSocialServices), occurredAt.toInstant(), place, offenceCategory, role,
                description);
    }
}
