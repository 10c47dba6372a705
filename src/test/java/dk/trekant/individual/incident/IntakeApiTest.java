package dk.trekant.individual.incident;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/** The partner API for §115 notifications and concerns: receipts, idempotency, bad input, partner kinds. */
@TrekantTest
public class IntakeApiTest {

    static final String POLICE = Http.bearer("demo-politi");
    static final String SCHOOL = Http.bearer("demo-skole");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PartnerService partners;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    static String uniqueReference() {
        return "POL-" + UUID.randomUUID();
    }

    /** A fictitious CPR number for a child born on the given day of 2012 (7th digit 4: born 2000–2036). */
    static String childCpr(int day, int serial) {
        return String.format("%02d0112-4%03d", day, serial);
    }

    public static String notification(String reference, String cpr, String category, String role, String occurredAt) {
        return """
                {"reference":"%s","occurredAt":"%s","place":"Taastrup Hovedgade 12","offenceCategory":"%s",
                 "role":"%s","description":"Slagsmål ved stationen","youth":{"cpr":"%s","firstName":"Test","lastName":"Barn","school":"Parkvejens Skole"}}
                """.formatted(reference, occurredAt, category, role, cpr);
    }

    public static String yesterday() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0).toString();
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    @Test
    void aNotificationIsReceivedOnceAndItsStatusCanBeRead() throws Exception {
        String reference = uniqueReference();
        String cpr = childCpr(3, 101);
        HttpResponse<String> first = http().postJson("/api/v1/section115-notifications", POLICE,
                notification(reference, cpr, "VOLD", "MISTAENKT", yesterday()));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode receipt = body(first);
        assertThat(receipt.get("reference").asText()).isEqualTo(reference);
        assertThat(receipt.get("status").asText()).isIn("RECEIVED", "UNDER_ASSESSMENT");
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/section115-notifications/" + receipt.get("id").asText());
        assertThat(first.body()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));

        long incidents = count("trekant_incident");
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase").count();
        HttpResponse<String> again = http().postJson("/api/v1/section115-notifications", POLICE,
                notification(reference, cpr, "VOLD", "MISTAENKT", yesterday()));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id").asText()).isEqualTo(receipt.get("id").asText());
        // One form of a moment: the first answer (made from the clock) and the resend (read back) say the same.
        assertThat(receipt.get("receivedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z")
                .isEqualTo(body(again).get("receivedAt").asText());
        assertThat(count("trekant_incident")).isEqualTo(incidents);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase").count()).isEqualTo(instances);

        Jobs.runAsyncContinuations(managementService);
        HttpResponse<String> status = http().get("/api/v1/section115-notifications/" + receipt.get("id").asText(), POLICE);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(body(status).get("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(body(status).get("receivedAt").asText()).isEqualTo(receipt.get("receivedAt").asText());
        assertThat(status.body()).doesNotContain("Slagsmål").doesNotContain("Test").doesNotContain(cpr);
    }

    @Test
    void anotherPartnersNotificationIsNotFound() throws Exception {
        HttpResponse<String> sent = http().postJson("/api/v1/section115-notifications", POLICE,
                notification(uniqueReference(), childCpr(4, 102), "TYVERI", "SIGTET", yesterday()));
        String id = body(sent).get("id").asText();
        String otherToken = partners.create("Anden Politikreds " + UUID.randomUUID(), PartnerKind.POLICE, null).token();
        assertThat(http().get("/api/v1/section115-notifications/" + id, Http.bearer(otherToken)).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/v1/section115-notifications/" + UUID.randomUUID(), POLICE).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/v1/section115-notifications/" + id, SCHOOL).statusCode()).isEqualTo(403);
    }

    @Test
    void aSecondIncidentJoinsTheOpenCaseOfTheYouth() throws Exception {
        String cpr = childCpr(5, 103);
        http().postJson("/api/v1/section115-notifications", POLICE, notification(uniqueReference(), cpr, "HAERVAERK", "MISTAENKT", yesterday()));
        long cases = count("trekant_youth_case");
        HttpResponse<String> second = http().postJson("/api/v1/section115-notifications", POLICE,
                notification(uniqueReference(), cpr.replace("-", ""), "TYVERI", "MISTAENKT", yesterday()));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(count("trekant_youth_case")).isEqualTo(cases);
        Long open = jdbc.queryForObject("""
                select count(*) from trekant_youth_case c join trekant_incident i on i.case_id = c.id
                where i.id = ? and c.status = 'OPEN'""", Long.class, UUID.fromString(body(second).get("id").asText()));
        assertThat(open).isEqualTo(1);
    }

    @Test
    void aNotificationAboutAnAdultGoesToTheAdultFlow() throws Exception {
        long cases = count("trekant_youth_case");
        long adultCases = count("trekant_adult_case");
        HttpResponse<String> adult = http().postJson("/api/v1/section115-notifications", POLICE,
                notification(uniqueReference(), "010190-1234", "VOLD", "MISTAENKT", yesterday()));
        assertThat(adult.statusCode()).isEqualTo(201);
        // Answered when stored; the router then takes it to the adult flow.
        assertThat(body(adult).get("status").asText()).isEqualTo("RECEIVED");
        HttpResponse<String> status = http().get("/api/v1/section115-notifications/" + body(adult).get("id").asText(), POLICE);
        assertThat(body(status).get("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(count("trekant_youth_case")).isEqualTo(cases);
        assertThat(count("trekant_adult_case")).isBetween(adultCases, adultCases + 1);
        UUID incident = UUID.fromString(body(adult).get("id").asText());
        assertThat(jdbc.queryForObject("select track from trekant_incident where id = ?", String.class, incident)).isEqualTo("ADULT");
        assertThat(jdbc.queryForObject("select count(*) from trekant_adult_referral where incident_id = ? and case_id is not null",
                Long.class, incident)).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        long incidents = count("trekant_incident");
        long youths = count("trekant_youth");
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0).toString();
        record Case(String body, String field) {
        }
        List<Case> cases = new ArrayList<>(List.of(
                new Case(notification(uniqueReference(), "310212-4123", "VOLD", "MISTAENKT", yesterday()), "youth.cpr"),
                new Case(notification(uniqueReference(), "12345", "VOLD", "MISTAENKT", yesterday()), "youth.cpr"),
                new Case(notification(uniqueReference(), childCpr(6, 104), "VOLD", "MISTAENKT", future), "occurredAt"),
                new Case(notification(uniqueReference(), childCpr(6, 104), "PIRATERI", "MISTAENKT", yesterday()), "offenceCategory"),
                new Case(notification(uniqueReference(), childCpr(6, 104), "VOLD", "TILSKUER", yesterday()), "role"),
                new Case(notification("", childCpr(6, 104), "VOLD", "MISTAENKT", yesterday()), "reference"),
                new Case(notification("<script>", childCpr(6, 104), "VOLD", "MISTAENKT", yesterday()), "reference"),
                new Case(notification(uniqueReference(), childCpr(6, 104), "VOLD", "MISTAENKT", yesterday())
                        .replace("Slagsmål ved stationen", "x".repeat(4001)), "description"),
                new Case(notification(uniqueReference(), childCpr(6, 104), "VOLD", "MISTAENKT", yesterday())
                        .replace("\"place\"", "\"unknownField\":1,\"place\""), "unknownField"),
                new Case("{\"reference\":\"" + uniqueReference() + "\"}", "occurredAt")));
        for (Case bad : cases) {
            HttpResponse<String> response = http().postJson("/api/v1/section115-notifications", POLICE, bad.body());
            assertThat(response.statusCode()).as(bad.field() + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).as(bad.field()).contains("\"field\":\"" + bad.field() + "\"");
            assertThat(response.body()).doesNotContain("310212-4123").doesNotContain("PIRATERI");
        }
        HttpResponse<String> malformed = http().postJson("/api/v1/section115-notifications", POLICE, "{\"reference\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> wrongType = http().post("/api/v1/section115-notifications", POLICE, "text/plain", "hej");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        assertThat(count("trekant_incident")).isEqualTo(incidents);
        assertThat(count("trekant_youth")).isEqualTo(youths);
    }

    @Test
    void onlyThePoliceSendNotificationsAndOnlySchoolsAndClubsRaiseConcerns() {
        String body = notification(uniqueReference(), childCpr(7, 105), "VOLD", "MISTAENKT", yesterday());
        assertThat(http().postJson("/api/v1/section115-notifications", SCHOOL, body).statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/v1/section115-notifications", Http.bearer("demo-kriminalforsorgen"), body)
                .statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/v1/section115-notifications", null, body).statusCode()).isEqualTo(401);
        String concern = concern(uniqueReference(), childCpr(8, 106));
        assertThat(http().postJson("/api/v1/concerns", POLICE, concern).statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/v1/concerns", Http.bearer("demo-klub"), concern).statusCode()).isEqualTo(201);
    }

    static String concern(String reference, String cpr) {
        return """
                {"reference":"%s","observedAt":"%s","description":"Eleven er ofte fraværende og ses med ældre unge",
                 "youth":{"cpr":"%s","firstName":"Test","lastName":"Elev"}}
                """.formatted(reference, yesterday(), cpr);
    }

    @Test
    void aConcernStartsACaseAndIsIdempotent() throws Exception {
        String reference = uniqueReference();
        HttpResponse<String> first = http().postJson("/api/v1/concerns", SCHOOL, concern(reference, childCpr(9, 107)));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = http().postJson("/api/v1/concerns", SCHOOL, concern(reference, childCpr(9, 107)));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id")).isEqualTo(body(first).get("id"));
        String id = body(first).get("id").asText();
        assertThat(http().get("/api/v1/concerns/" + id, SCHOOL).statusCode()).isEqualTo(200);
        assertThat(http().get("/api/v1/section115-notifications/" + id, POLICE).statusCode()).isEqualTo(404);
        HttpResponse<String> missing = http().postJson("/api/v1/concerns", SCHOOL,
                concern(uniqueReference(), childCpr(9, 107)).replace("\"description\":\"Eleven er ofte fraværende og ses med ældre unge\",", ""));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"description\"");
    }

    @Test
    void theWeeklyListAcceptsEachValidItemAndReportsEveryItem() throws Exception {
        String duplicateReference = uniqueReference();
        http().postJson("/api/v1/section115-notifications", POLICE,
                notification(duplicateReference, childCpr(10, 108), "NARKO", "SIGTET", yesterday()));
        long incidents = count("trekant_incident");
        String items = String.join(",",
                notification(uniqueReference(), childCpr(11, 109), "VOLD", "MISTAENKT", yesterday()),
                notification(uniqueReference(), "999999-9999", "VOLD", "MISTAENKT", yesterday()),
                notification(duplicateReference, childCpr(10, 108), "NARKO", "SIGTET", yesterday()),
                notification(uniqueReference(), childCpr(12, 110), "UKENDT", "MISTAENKT", yesterday()),
                notification(uniqueReference(), childCpr(13, 111), "TRAFIK", "VIDNE", yesterday()));
        HttpResponse<String> response = http().postJson("/api/v1/section115-notifications/batches", POLICE,
                "{\"items\":[" + items + "]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(result.get("accepted").asInt()).isEqualTo(2);
        assertThat(result.get("duplicates").asInt()).isEqualTo(1);
        assertThat(result.get("rejected").asInt()).isEqualTo(2);
        assertThat(result.get("items").get(1).get("result").asText()).isEqualTo("REJECTED");
        assertThat(result.get("items").get(1).get("errors").get(0).get("field").asText()).isEqualTo("youth.cpr");
        assertThat(result.get("items").get(2).get("result").asText()).isEqualTo("DUPLICATE");
        assertThat(result.get("items").get(3).get("errors").get(0).get("field").asText()).isEqualTo("offenceCategory");
        assertThat(count("trekant_incident")).isEqualTo(incidents + 2);
        assertThat(response.body()).doesNotContain("999999-9999");
    }

    @Test
    void aListOverTheLimitIsRefusedWhole() {
        long incidents = count("trekant_incident");
        String one = notification("X", childCpr(14, 112), "VOLD", "MISTAENKT", yesterday());
        String items = String.join(",", java.util.Collections.nCopies(Section115Controller.MAX_BATCH + 1, one));
        HttpResponse<String> response = http().postJson("/api/v1/section115-notifications/batches", POLICE,
                "{\"items\":[" + items + "]}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(count("trekant_incident")).isEqualTo(incidents);
    }
}
