package dk.trekant.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * The OpenAPI documents as the running application serves them, exported to
 * {@code target/openapi/{group}.json} (the lint, {@code openapi/lint.sh}, reads them from there),
 * and what a partner's developer relies on: the groups, the operationIds, a problem response on
 * every operation, and request examples that Trekant accepts as they stand.
 */
@TrekantTest
class OpenApiDocumentTest {

    static final Path EXPORT = Path.of("target", "openapi");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A demo partner admitted by each partner operation that takes a body (token = name). */
    private static final Map<String, String> PARTNER_FOR = Map.of(
            "sendPoliceNotification", "demo-politi",
            "sendPoliceNotificationList", "demo-politi",
            "raiseConcern", "demo-skole",
            "sendReleaseNotification", "demo-kriminalforsorgen",
            "proposeHotspot", "demo-politi",
            "requestOutreach", "demo-arbejdsplads",
            "requestTeaching", "demo-skole");

    @LocalServerPort
    int port;

    /**
     * Two Java types of one simple name become one schema in springdoc, the second silently described
     * as the first: the case file's person (never a CPR number) once appeared as the data-subject
     * export's person (with one). Each keeps a schema of its own.
     */
    @Test
    void theCaseFilesPersonIsNotTheExportsPerson() throws IOException {
        JsonNode schemas = export("staff").path("components").path("schemas");
        assertThat(schemas.at("/CaseView/properties/person/$ref").asText()).isEqualTo("#/components/schemas/CasePerson");
        assertThat(schemas.path("CasePerson").path("properties").has("cpr")).isFalse();
        assertThat(schemas.at("/Export/properties/person/$ref").asText()).isEqualTo("#/components/schemas/Person");
        assertThat(schemas.path("Person").path("properties").has("cpr")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner", "staff", "admin"})
    void eachGroupIsServedExportedAndComplete(String group) throws IOException {
        JsonNode document = export(group);
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");
        String prefix = switch (group) {
            case "partner" -> "/api/v1/";
            case "staff" -> "/api/staff/";
            default -> "/api/admin/";
        };
        assertThat(document.path("paths").fieldNames()).toIterable().isNotEmpty().allMatch(path -> path.startsWith(prefix));
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode operation = method.getValue();
            String where = method.getKey() + " " + path.getKey();
            assertThat(operation.path("operationId").asText()).as(where).matches("[a-z][A-Za-z]+");
            assertThat(operation.path("responses").path("401").path("content").has("application/problem+json")).as(where).isTrue();
            operation.path("responses").properties().forEach(response -> assertThat(response.getValue().path("content").fieldNames())
                    .as(where + " " + response.getKey()).toIterable().doesNotContain("*/*"));
        }));
    }

    @Test
    void thePartnerApiIsListedFirstAndItsTagsFollowTheTriangle() throws IOException {
        JsonNode config = JSON.readTree(new Http(port).get("/v3/api-docs/swagger-config", null).body());
        assertThat(config.path("urls").get(0).path("url").asText()).isEqualTo("/v3/api-docs/partner");
        assertThat(config.path("urls.primaryName").asText()).isEqualTo(config.path("urls").get(0).path("name").asText());
        List<String> tags = new ArrayList<>();
        export("partner").path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).containsExactly("Section 115 notifications", "Concerns", "Release notices", "Hotspot proposals",
                "Outreach requests", "Teaching requests", "Partner", "Statistics");
    }

    @Test
    void everyRequestExampleIsAcceptedAsItStands() throws IOException {
        Http http = new Http(port);
        JsonNode partner = export("partner");
        int tried = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) partner.path("paths").properties()::iterator) {
            JsonNode post = path.getValue().path("post");
            String token = PARTNER_FOR.get(post.path("operationId").asText());
            if (token == null) {
                continue;
            }
            String example = JSON.writeValueAsString(post.path("requestBody").path("content").path("application/json").path("example"));
            var first = http.postJson(path.getKey(), Http.bearer(token), example);
            assertThat(first.statusCode()).as(path.getKey() + " " + first.body()).isIn(200, 201);
            var again = http.postJson(path.getKey(), Http.bearer(token), example);
            assertThat(again.statusCode()).as(path.getKey()).isEqualTo(200);
            if (post.path("operationId").asText().equals("sendPoliceNotificationList")) {
                // The list answers 200 each time; sent again, every item is a duplicate with the same receipt.
                JsonNode firstList = JSON.readTree(first.body());
                JsonNode againList = JSON.readTree(again.body());
                assertThat(firstList.path("rejected").asInt()).as(first.body()).isZero();
                assertThat(againList.path("duplicates").asInt()).isEqualTo(firstList.path("items").size());
                for (int i = 0; i < firstList.path("items").size(); i++) {
                    assertThat(againList.path("items").get(i).path("receipt").path("id"))
                            .isEqualTo(firstList.path("items").get(i).path("receipt").path("id"));
                }
            } else {
                assertThat(withoutStatus(again.body())).as(path.getKey()).isEqualTo(withoutStatus(first.body()));
            }
            tried++;
        }
        assertThat(tried).isEqualTo(PARTNER_FOR.size());

        // The change of a release notice, addressed by the example notice's reference (sent above).
        JsonNode put = partner.path("paths").path("/api/v1/release-notifications/{reference}").path("put");
        String reference = put.path("parameters").get(0).path("example").asText();
        String change = JSON.writeValueAsString(put.path("requestBody").path("content").path("application/json").path("example"));
        assertThat(http.putJson("/api/v1/release-notifications/" + reference, Http.bearer("demo-kriminalforsorgen"), change)
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theVersionIsTheApplicationsAndTheWholeDocumentStillServes() throws IOException {
        String projectVersion = System.getProperty("trekant.project.version");
        JsonNode partner = export("partner");
        if (projectVersion != null) {
            assertThat(partner.path("info").path("version").asText()).isEqualTo(projectVersion);
        }
        assertThat(partner.path("info").path("version").asText()).isNotBlank().isNotEqualTo("unknown");
        assertThat(new Http(port).get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    /**
     * Nothing in the contract table or the descriptions is stale: every operation the table names is
     * served, and every schema, property and enum value described exists in one of the documents.
     */
    @Test
    void theContractTableAndTheDescriptionsNameWhatIsServed() throws IOException {
        Set<String> operations = new HashSet<>();
        Map<String, JsonNode> schemas = new HashMap<>();
        for (String group : List.of("partner", "staff", "admin")) {
            JsonNode document = export(group);
            document.path("paths").properties().forEach(path -> path.getValue().properties()
                    .forEach(method -> operations.add(ApiContract.Operation.key(method.getKey(), path.getKey()))));
            document.path("components").path("schemas").properties().forEach(schema -> schemas.put(schema.getKey(), schema.getValue()));
        }
        assertThat(ApiContract.OPERATIONS).extracting(ApiContract.Operation::key).allMatch(operations::contains);
        assertThat(operations).hasSameSizeAs(ApiContract.OPERATIONS);

        Map<String, Object> descriptions;
        try (var in = new ClassPathResource(SchemaDocumentation.RESOURCE).getInputStream()) {
            descriptions = new Yaml().load(in);
        }
        List<String> stale = new ArrayList<>();
        ((Map<?, ?>) descriptions.get("schemas")).forEach((name, doc) -> {
            JsonNode schema = schemas.get(name.toString());
            if (schema == null) {
                stale.add("schema " + name);
                return;
            }
            Map<?, ?> entry = (Map<?, ?>) doc;
            if (entry.get("properties") instanceof Map<?, ?> properties) {
                properties.keySet().stream().filter(property -> !schema.path("properties").has(property.toString()))
                        .forEach(property -> stale.add(name + "." + property));
            }
            if (entry.get("values") instanceof Map<?, ?> values) {
                List<String> served = new ArrayList<>();
                schema.path("enum").forEach(value -> served.add(value.asText()));
                values.keySet().stream().filter(value -> !served.contains(value.toString()))
                        .forEach(value -> stale.add(name + " value " + value));
                assertThat(values.keySet()).as(name + ": every value explained").hasSameSizeAs(served);
            }
        });
        assertThat(stale).as("described in %s but not served", SchemaDocumentation.RESOURCE).isEmpty();
    }

    /** A receipt without its status, which may move on between two calls (triage runs in the background). */
    static JsonNode withoutStatus(String receipt) throws IOException {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(receipt);
        node.remove("status");
        return node;
    }

    JsonNode export(String group) throws IOException {
        var response = new Http(port).get("/v3/api-docs/" + group, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        Files.createDirectories(EXPORT);
        JSON.writeValue(EXPORT.resolve(group + ".json").toFile(), document);
        return document;
    }
}
