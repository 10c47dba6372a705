package dk.trekant.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * The reference pattern the published partner API documents (portable, {@code ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$})
 * may be stricter than the validation, never looser: every reference it admits is accepted by each
 * request's validation. Fails when the validation is made stricter than the document says.
 */
class DocumentedPatternTest {

    private static final Map<String, String> REQUESTS = Map.of(
            "Section115Notification", "dk.trekant.individual.incident.Section115Notification",
            "Concern", "dk.trekant.individual.incident.Concern",
            "ReleaseNotification", "dk.trekant.individual.adultcase.ReleaseNotification",
            "HotspotProposal", "dk.trekant.targeted.hotspot.HotspotProposal",
            "OutreachRequestSubmission", "dk.trekant.targeted.outreach.OutreachRequestSubmission",
            "SchoolTeachingRequest", "dk.trekant.general.SchoolTeachingRequest");

    private static final List<String> ADMITTED = List.of("A", "z", "0", "EXAMPLE-0001", "a.b_c-d", "2026_05.politi-17",
            "x".repeat(64), "Z9".repeat(32));

    @Test
    void everyReferenceTheDocumentAdmitsIsAcceptedByTheValidation() throws IOException, ClassNotFoundException {
        JsonNode published = OpenApiDocumentTest.JSON.readTree(Files.readString(PartnerApiCompatibilityTest.PUBLISHED));
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        for (Map.Entry<String, String> request : REQUESTS.entrySet()) {
            String pattern = published.at("/components/schemas/" + request.getKey() + "/properties/reference/pattern").asText();
            assertThat(pattern).as(request.getKey()).isEqualTo("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");
            Class<?> type = Class.forName(request.getValue());
            for (String reference : ADMITTED) {
                assertThat(reference).matches(pattern);
                assertThat(validator.validateValue(type, "reference", reference)).as(request.getKey() + " " + reference).isEmpty();
            }
        }
    }
}
