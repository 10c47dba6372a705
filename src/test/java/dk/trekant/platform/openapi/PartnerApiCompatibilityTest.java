package dk.trekant.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * The partner API as served must not break what is published: the committed copy
 * {@code src/test/resources/openapi/partner-v1.json} (from which the consumer test's client is
 * generated). Additions pass; a removed or renamed operation, field or enum value fails. An intended
 * change updates the copy in the same commit:
 * {@code ./mvnw test -Dtest=PartnerApiCompatibilityTest -Dopenapi.update=true}.
 */
@TrekantTest
class PartnerApiCompatibilityTest {

    static final Path PUBLISHED = Path.of("src", "test", "resources", "openapi", "partner-v1.json");

    @LocalServerPort
    int port;

    @Test
    void theServedPartnerApiKeepsEverythingThePublishedCopyHas() throws IOException {
        var response = new Http(port).get("/v3/api-docs/partner", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode current = OpenApiDocumentTest.JSON.readTree(response.body());
        if (Boolean.getBoolean("openapi.update")) {
            // Without the test server's random URL: a partner's client is given Trekant's address.
            // Two spaces, "key": value — the form the committed copy has, so that an update's diff shows only what changed.
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""));
            Files.writeString(PUBLISHED, OpenApiDocumentTest.JSON.writer(printer)
                    .writeValueAsString(((ObjectNode) current.deepCopy()).without("servers")) + "\n");
        }
        JsonNode published = OpenApiDocumentTest.JSON.readTree(Files.readString(PUBLISHED));
        assertThat(ContractChanges.breaking(published, current))
                .as("changes that break partners' clients of /api/v1 (publish them as /api/v2, or, if intended, "
                        + "update %s with -Dopenapi.update=true in the same commit)", PUBLISHED)
                .isEmpty();
    }

    /** The comparison itself: each kind of breaking change is found in a copy changed on purpose. */
    @Test
    void removalsRenamesAndNewRequirementsAreFoundAndAdditionsPass() throws IOException {
        JsonNode published = OpenApiDocumentTest.JSON.readTree(Files.readString(PUBLISHED));
        assertThat(ContractChanges.breaking(published, published)).isEmpty();

        ObjectNode added = published.deepCopy();
        ((ObjectNode) added.at("/components/schemas/Receipt/properties")).putObject("newField").put("type", "string");
        ((ArrayNode) added.at("/components/schemas/ReceiptStatus/enum")).add("NEW_STATUS");
        ((ObjectNode) added.at("/paths")).putObject("/api/v1/new-thing").putObject("get").put("operationId", "getNewThing");
        assertThat(ContractChanges.breaking(published, added)).isEmpty();

        ObjectNode changed = published.deepCopy();
        ((ObjectNode) changed.at("/components/schemas/Receipt/properties")).remove("receivedAt");
        ObjectNode reference = (ObjectNode) ((ObjectNode) changed.at("/components/schemas/Concern/properties")).remove("reference");
        ((ObjectNode) changed.at("/components/schemas/Concern/properties")).set("ref", reference);
        ArrayNode statuses = (ArrayNode) changed.at("/components/schemas/ReceiptStatus/enum");
        statuses.remove(statuses.size() - 1);
        ((ObjectNode) changed.at("/paths/~1api~1v1~1concerns/post")).put("operationId", "postConcern");
        ((ObjectNode) changed.at("/paths")).remove("/api/v1/partner");
        ((ArrayNode) changed.at("/components/schemas/Section115Notification/required")).add("place");
        List<String> breaks = ContractChanges.breaking(published, changed);
        assertThat(breaks).anyMatch(b -> b.contains("Receipt: field receivedAt removed"))
                .anyMatch(b -> b.contains("Concern: field reference removed"))
                .anyMatch(b -> b.contains("ReceiptStatus: enum value CANCELLED removed"))
                .anyMatch(b -> b.contains("POST /api/v1/concerns: operationId raiseConcern became postConcern"))
                .anyMatch(b -> b.contains("GET /api/v1/partner: operation removed"))
                .anyMatch(b -> b.contains("Section115Notification: field place became required"));
    }
}
