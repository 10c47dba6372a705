package dk.trekant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Every endpoint Trekant has × every kind of caller, with the expected status of each cell
 * written out in {@link #MATRIX}. Allowed calls carry valid bodies, so an allowed cell really
 * succeeds (201/200) and a forbidden one is refused before anything is stored.
 */
@TrekantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /**
     * Columns: anonymous; the seven demo partners by bearer token (politi POLICE, skole SCHOOL,
     * klub CLUB, bolig HOUSING, vagt GUARDS, krimf KRIMINALFORSORGEN, arbpl WORKPLACE); the six
     * staff groups by HTTP Basic; an unknown bearer token; HTTP Basic with a partner's name and token.
     * {POLICE} is a notification demo-politi sent; {SCHOOL} a concern demo-skole raised; {KRIMF} a release notice
     * demo-kriminalforsorgen sent ({KRIMF_REF} its reference); {TEACHING} a teaching course demo-skole requested;
     * {HOTSPOT} a hotspot demo-politi proposed; {WORKPLACE} an outreach request (a workplace visit)
     * demo-arbejdsplads sent. Outreach requests: a workplace visit, which the police may
     * not ask for (403), while schools, clubs, housing associations and workplaces may.
     * LOGIN rows log into a Camunda webapp as the browser does (partners send their token as well).
     * {LAST_MONTH} is last month (yyyy-MM), whose status report the demo profile publishes.
     * {CASE} is the demo case of DEMO-115-0001 (the coordinators' assessment; {CASE_TASK} that task),
     * {HANDOVER_CASE} the demo case handed over to social services ({HANDOVER_DOC} its underretning).
     */
    static final String MATRIX = """
            endpoint                                                       | anon politi skole klub bolig vagt krimf arbpl koord foreb konsu leder socia admin token basic
            POST /api/v1/section115-notifications                          |  401  201    403  403  403   403  403   403   401   401   401   401   401   401   401   401
            GET  /api/v1/section115-notifications/{POLICE}                 |  401  200    403  403  403   403  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/section115-notifications/batches                  |  401  200    403  403  403   403  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/concerns                                          |  401  403    201  201  403   403  403   403   401   401   401   401   401   401   401   401
            GET  /api/v1/concerns/{SCHOOL}                                 |  401  403    200  404  403   403  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/release-notifications                             |  401  403    403  403  403   403  201   403   401   401   401   401   401   401   401   401
            GET  /api/v1/release-notifications/{KRIMF}                     |  401  403    403  403  403   403  200   403   401   401   401   401   401   401   401   401
            PUT  /api/v1/release-notifications/{KRIMF_REF}                 |  401  403    403  403  403   403  200   403   401   401   401   401   401   401   401   401
            POST /api/v1/teaching-requests                                 |  401  403    201  403  403   403  403   403   401   401   401   401   401   401   401   401
            GET  /api/v1/teaching-requests/{TEACHING}                      |  401  403    200  403  403   403  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/teaching-requests/{TEACHING}/cancellation         |  401  403    200  403  403   403  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/hotspot-proposals                                 |  401  201    201  201  201   201  403   403   401   401   401   401   401   401   401   401
            GET  /api/v1/hotspot-proposals/{HOTSPOT}                       |  401  200    404  404  404   404  403   403   401   401   401   401   401   401   401   401
            POST /api/v1/outreach-requests                                 |  401  403    201  201  201   403  403   201   401   401   401   401   401   401   401   401
            GET  /api/v1/outreach-requests/{WORKPLACE}                     |  401  404    404  404  404   403  403   200   401   401   401   401   401   401   401   401
            GET  /api/v1/partner                                           |  401  200    200  200  200   200  200   200   401   401   401   401   401   401   401   401
            GET  /api/v1/no-such-operation                                 |  401  404    404  404  404   404  404   404   401   401   401   401   401   401   401   401
            GET  /api/admin/partners                                       |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            POST /api/admin/partners                                       |  401  401    401  401  401   401  401   401   403   403   403   403   403   201   401   401
            POST /api/admin/partners/{PARTNER}/token                       |  401  401    401  401  401   401  401   401   403   403   403   403   403   201   401   401
            PUT  /api/admin/partners/{PARTNER}/oauth-client                |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            PUT  /api/admin/partners/{PARTNER}/certificate                 |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            GET  /actuator/health                                          |  200  200    200  200  200   200  200   200   200   200   200   200   200   200   200   200
            GET  /actuator/info                                            |  200  200    200  200  200   200  200   200   200   200   200   200   200   200   200   200
            GET  /actuator/health/intake                                   |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            GET  /actuator/prometheus                                      |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            GET  /actuator/env                                             |  401  401    401  401  401   401  401   401   401   401   401   401   401   401   401   401
            GET  /v3/api-docs                                              |  200  401    401  401  401   401  401   401   200   200   200   200   200   200   401   200
            GET  /engine-rest/process-definition                           |  401  401    401  401  401   401  401   401   200   200   200   200   200   200   401   401
            GET  /engine-rest/task                                         |  401  401    401  401  401   401  401   401   200   200   200   200   200   200   401   401
            GET  /engine-rest/user                                         |  401  401    401  401  401   401  401   401   200   200   200   200   200   200   401   401
            POST /engine-rest/process-definition/key/staffConcern/submit-form |  401  401 401  401  401   401  401   401   200   200   200   200   404   200   401   401
            POST /engine-rest/process-definition/key/teachingRequest/submit-form | 401 401 401 401 401 401 401 401 404 403 200 403 404 200 401 401
            POST /engine-rest/process-definition/key/hotspot/submit-form   |  401  401    401  401  401   401  401   401   404   200   404   200   404   200   401   401
            POST /engine-rest/process-definition/key/outreachRequest/submit-form |  401  401 401  401  401   401  401   401   404   200   404   403   404   200   401   401
            GET  /api/staff/schools                                        |  401  401    401  401  401   401  401   401   403   200   403   200   403   200   401   401
            POST /api/staff/schools                                        |  401  401    401  401  401   401  401   401   403   403   403   201   403   201   401   401
            GET  /api/staff/cases/KPT-2026-00001/audit-trail               |  401  401    401  401  401   401  401   401   403   403   403   200   403   200   401   401
            POST /api/staff/data-subject-exports                           |  401  401    401  401  401   401  401   401   403   403   403   200   403   200   401   401
            POST /api/staff/case-searches                                  |  401  401    401  401  401   401  401   401   200   403   403   200   403   403   401   401
            POST /api/staff/person-merges                                  |  401  401    401  401  401   401  401   401   404   403   403   404   403   403   401   401
            GET  /api/staff/cases/{CASE}                                   |  401  401    401  401  401   401  401   401   200   403   403   200   403   403   401   401
            GET  /api/staff/tasks/{CASE_TASK}/case                         |  401  401    401  401  401   401  401   401   200   403   403   200   403   403   401   401
            GET  /api/staff/cases/{HANDOVER_CASE}/documents/{HANDOVER_DOC} |  401  401    401  401  401   401  401   401   200   403   403   200   200   403   401   401
            GET  /api/staff/cases/{HANDOVER_CASE}/documents/{HANDOVER_DOC}/pdf | 401 401 401 401 401 401 401 401 200 403 403 200 200 403 401 401
            LOGIN tasklist                                                 |  401  401    401  401  401   401  401   401   200   200   200   200   200   200   401   401
            LOGIN cockpit                                                  |  401  401    401  401  401   401  401   401   403   403   403   200   403   200   401   401
            LOGIN admin                                                    |  401  401    401  401  401   401  401   401   403   403   403   403   403   200   401   401
            GET  /api/v1/statistics                                        |  401  200    403  403  403   403  403   403   403   403   403   200   403   403   401   401
            GET  /api/v1/statistics?month=2026-13                          |  401  400    403  403  403   403  403   403   403   403   403   400   403   403   401   401
            GET  /reports                                                  |  401  401    401  401  401   401  401   401   200   200   200   200   200   403   401   401
            GET  /reports/monthly/{LAST_MONTH}                             |  401  401    401  401  401   401  401   401   200   200   200   200   200   403   401   401
            GET  /reports/monthly/{LAST_MONTH}.csv                         |  401  401    401  401  401   401  401   401   200   200   200   200   200   403   401   401
            GET  /reports/monthly/{LAST_MONTH}.pdf                         |  401  401    401  401  401   401  401   401   200   200   200   200   200   403   401   401
            GET  /reports/monthly/1999-01                                  |  401  401    401  401  401   401  401   401   404   404   404   404   404   403   401   401
            GET  /reports/drafts/00000000-0000-0000-0000-000000000000      |  401  401    401  401  401   401  401   401   403   403   403   404   403   403   401   401
            GET  /dashboard                                                |  401  401    401  401  401   401  401   401   403   403   403   200   403   403   401   401
            GET  /dashboard/data                                           |  401  401    401  401  401   401  401   401   403   403   403   200   403   403   401   401
            GET  /dashboard/dashboard.js                                   |  401  401    401  401  401   401  401   401   403   403   403   200   403   403   401   401
            GET  /webjars/chart.js/4.4.1/dist/chart.umd.js                 |  401  401    401  401  401   401  401   401   403   403   403   200   403   403   401   401
            GET  /no-such-page                                             |  401  401    401  401  401   401  401   401   401   401   401   401   401   401   401   401
            """;

    /** A caller: what it sends as {@code Authorization}, and how it logs into a webapp. */
    record Actor(String key, String authorization, String loginUser, String loginPassword, String loginAuthorization) {

        static Actor partner(String key, String token) {
            return new Actor(key, Http.bearer(token), token, token, Http.bearer(token));
        }

        static Actor staff(String user) {
            return new Actor(user.substring(0, 5), Http.basic(user, user), user, user, null);
        }
    }

    static final List<Actor> ACTORS = List.of(
            new Actor("anon", null, "", "", null),
            Actor.partner("politi", "demo-politi"),
            Actor.partner("skole", "demo-skole"),
            Actor.partner("klub", "demo-klub"),
            Actor.partner("bolig", "demo-boligselskab"),
            Actor.partner("vagt", "demo-vaegter"),
            Actor.partner("krimf", "demo-kriminalforsorgen"),
            Actor.partner("arbpl", "demo-arbejdsplads"),
            Actor.staff("koordinator"),
            Actor.staff("forebygger"),
            Actor.staff("konsulent"),
            Actor.staff("leder"),
            Actor.staff("socialraadgiver"),
            Actor.staff("admin"),
            Actor.partner("token", "trk_no-such-token-" + UUID.randomUUID()),
            new Actor("basic", Http.basic("demo-politi", "demo-politi"), "demo-politi", "demo-politi",
                    Http.basic("demo-politi", "demo-politi")));

    /** Valid bodies for the operations that take one. */
    static final Map<String, java.util.function.Supplier<String>> BODIES = Map.ofEntries(
            Map.entry("/api/v1/section115-notifications", Bodies::notification),
            Map.entry("/api/v1/section115-notifications/batches", Bodies::batch),
            Map.entry("/api/v1/concerns", Bodies::concern),
            Map.entry("/api/v1/release-notifications", Bodies::releaseNotification),
            Map.entry("/api/v1/release-notifications/{KRIMF_REF}", Bodies::releaseMove),
            Map.entry("/api/admin/partners", Bodies::partner),
            Map.entry("/api/admin/partners/{PARTNER}/token", () -> ""),
            // the test profile trusts this issuer (never called: only the link is stored)
            Map.entry("/api/admin/partners/{PARTNER}/oauth-client",
                    () -> "{\"issuer\":\"https://login.partner.example/realms/partnere\",\"clientId\":\"matrix-klient\"}"),
            Map.entry("/api/admin/partners/{PARTNER}/certificate", () -> "{\"subject\":\"UI:DK-O:G:matrix-" + UUID.randomUUID() + "\"}"),
            Map.entry("/engine-rest/process-definition/key/staffConcern/submit-form", Bodies::staffConcern),
            Map.entry("/api/v1/teaching-requests", Bodies::teachingRequest),
            Map.entry("/api/v1/teaching-requests/{TEACHING}/cancellation", () -> "{\"reason\":\"Lejrskole\"}"),
            Map.entry("/engine-rest/process-definition/key/teachingRequest/submit-form", Bodies::staffTeachingRequest),
            Map.entry("/api/v1/hotspot-proposals", Bodies::hotspotProposal),
            Map.entry("/engine-rest/process-definition/key/hotspot/submit-form", Bodies::staffHotspot),
            Map.entry("/api/v1/outreach-requests", AuthorizationMatrixTest::outreachRequest),
            Map.entry("/api/staff/schools", () -> "{\"code\":\"M" + UUID.randomUUID().toString().substring(0, 8)
                    + "\",\"name\":\"Matrixskolen\",\"meetingDay\":\"TUESDAY\",\"meetingTime\":\"14:00\"}"),
            Map.entry("/engine-rest/process-definition/key/outreachRequest/submit-form", AuthorizationMatrixTest::staffOutreachRequest),
            // a demo youth's (fictitious) CPR number
            Map.entry("/api/staff/data-subject-exports", () -> "{\"cpr\":\"120311-4101\"}"),
            Map.entry("/api/staff/case-searches", () -> "{\"cpr\":\"120311-4101\"}"),
            // two unknown persons: the groups allowed to merge get 404 and no demo record is touched
            Map.entry("/api/staff/person-merges", () -> "{\"keepPersonId\":\"00000000-0000-0000-0000-000000000001\","
                    + "\"mergePersonId\":\"00000000-0000-0000-0000-000000000002\",\"reason\":\"Matrix\"}"));

    static String outreachRequest() {
        return "{\"reference\":\"ARB-" + UUID.randomUUID() + "\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Netto\","
                + "\"description\":\"Personalet er utrygt om aftenen\"}";
    }

    static String staffOutreachRequest() {
        return "{\"variables\":{\"outreachKind\":{\"value\":\"WORKPLACE_VISIT\"},\"place\":{\"value\":\"Netto\"},"
                + "\"requestDescription\":{\"value\":\"Personalet er utrygt om aftenen\"}}}";
    }

    static final Set<String> RECEIPT_FIELDS = Set.of("id", "reference", "status", "action", "receivedAt");
    static final Set<String> TEACHING_RECEIPT_FIELDS = Set.of("id", "reference", "status", "plannedDate", "heldOn", "receivedAt");
    static final Set<String> HOTSPOT_RECEIPT_FIELDS = Set.of("id", "reference", "status", "receivedAt", "periodFrom", "periodTo",
            "rejectionReason");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    PartnerService partners;
    @Autowired
    org.camunda.bpm.engine.HistoryService historyService;

    final ObjectMapper json = new ObjectMapper();

    String policeNotification;
    String schoolConcern;
    String releaseNotice;
    final String releaseReference = Bodies.reference();
    String teachingRequest;
    String policeHotspot;
    String workplaceRequest;
    String demoCase;
    String caseTask;
    String handoverCase;
    String handoverDocument;
    String matrixPartner;

    Client client() {
        return new Client(port);
    }

    @BeforeAll
    void submissions() throws Exception {
        policeNotification = id(client().postJson("/api/v1/section115-notifications", Http.bearer("demo-politi"),
                Bodies.notification()));
        schoolConcern = id(client().postJson("/api/v1/concerns", Http.bearer("demo-skole"), Bodies.concern()));
        releaseNotice = id(client().postJson("/api/v1/release-notifications", Http.bearer("demo-kriminalforsorgen"),
                Bodies.releaseNotification(releaseReference)));
        teachingRequest = id(client().postJson("/api/v1/teaching-requests", Http.bearer("demo-skole"), Bodies.teachingRequest()));
        policeHotspot = id(client().postJson("/api/v1/hotspot-proposals", Http.bearer("demo-politi"), Bodies.hotspotProposal()));
        matrixPartner = partners.create("Matrixpartner " + UUID.randomUUID(), PartnerKind.SCHOOL, null).partner().getId().toString();
        workplaceRequest = id(client().postJson("/api/v1/outreach-requests", Http.bearer("demo-arbejdsplads"), outreachRequest()));
        String caseOfReference = "select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id "
                + "where i.partner_reference = ?";
        demoCase = jdbc.queryForObject(caseOfReference, String.class, "DEMO-115-0001");
        caseTask = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(demoCase)
                .taskDefinitionKey("assessCase").list().get(0).getId();
        handoverCase = jdbc.queryForObject(caseOfReference, String.class, "DEMO-115-0003");
        handoverDocument = jdbc.queryForObject("select cast(d.id as varchar) from trekant_case_document d "
                + "join trekant_youth_case c on c.id = d.case_id where c.case_number = ? and d.kind = 'HANDOVER'", String.class,
                handoverCase);
    }

    String id(Client.Response response) throws Exception {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return json.readTree(response.body()).get("id").asText();
    }

    record Cell(String method, String path, Actor actor, int expected) {
    }

    static List<Cell> cells() {
        List<String> lines = MATRIX.lines().filter(line -> !line.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).split("\\|")[1].trim().split("\\s+"));
        assertThat(header).containsExactlyElementsOf(ACTORS.stream().map(Actor::key).toList());
        List<Cell> cells = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\\|");
            String[] endpoint = parts[0].trim().split("\\s+");
            String[] expected = parts[1].trim().split("\\s+");
            assertThat(expected).as(line).hasSize(ACTORS.size());
            for (int i = 0; i < expected.length; i++) {
                cells.add(new Cell(endpoint[0], endpoint[1], ACTORS.get(i), Integer.parseInt(expected[i])));
            }
        }
        return cells;
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointForEveryCaller() {
        return cells().stream()
                .collect(Collectors.groupingBy(cell -> cell.method() + " " + cell.path(), java.util.LinkedHashMap::new,
                        Collectors.toList()))
                .entrySet().stream()
                .map(row -> DynamicContainer.dynamicContainer(row.getKey(), row.getValue().stream()
                        .map(cell -> DynamicTest.dynamicTest(row.getKey() + " as " + cell.actor().key() + " → " + cell.expected(),
                                () -> check(cell)))));
    }

    void check(Cell cell) throws Exception {
        String path = cell.path().replace("{POLICE}", policeNotification).replace("{SCHOOL}", schoolConcern)
                .replace("{KRIMF}", releaseNotice).replace("{KRIMF_REF}", releaseReference)
                .replace("{TEACHING}", teachingRequest)
                // the demo profile publishes last month's status report (DemoReports)
                .replace("{LAST_MONTH}", java.time.YearMonth.now(java.time.ZoneId.of("Europe/Copenhagen")).minusMonths(1).toString())
                .replace("{HOTSPOT}", policeHotspot)
                .replace("{WORKPLACE}", workplaceRequest)
                .replace("{CASE_TASK}", caseTask).replace("{CASE}", demoCase)
                .replace("{HANDOVER_CASE}", handoverCase).replace("{HANDOVER_DOC}", handoverDocument)
                .replace("{PARTNER}", matrixPartner);
        Actor actor = cell.actor();
        Client.Response response = switch (cell.method()) {
            case "GET" -> client().get(path, actor.authorization());
            case "POST" -> client().postJson(path, actor.authorization(), BODIES.get(cell.path()).get());
            case "PUT" -> client().putJson(path, actor.authorization(), BODIES.get(cell.path()).get());
            case "LOGIN" -> client().webappLogin(path, actor.loginUser(), actor.loginPassword(), actor.loginAuthorization());
            default -> throw new IllegalArgumentException(cell.method());
        };
        assertThat(response.status()).as("%s %s as %s: %s", cell.method(), path, actor.key(), response)
                .isEqualTo(cell.expected());
        if (path.startsWith("/api/") && response.status() >= 400) {
            assertThat(response.isProblemJson()).as("problem+json: " + response).isTrue();
            assertThat(response.body()).contains("\"status\":" + response.status());
        }
        if (!cell.method().equals("LOGIN") && response.status() == 401) {
            assertThat(response.isProblemJson()).as("401 as problem+json: " + response).isTrue();
            assertThat(response.headers()).containsKey("www-authenticate");
        }
        if (path.startsWith("/api/v1/section115-notifications") || path.startsWith("/api/v1/concerns")
                || path.startsWith("/api/v1/release-notifications") || path.startsWith("/api/v1/outreach-requests")) {
            if (response.status() / 100 == 2) {
                assertReceiptOnly(response.body());
            }
        }
        if (path.startsWith("/api/v1/teaching-requests") && response.status() / 100 == 2) {
            Set<String> fields = new HashSet<>();
            json.readTree(response.body()).fieldNames().forEachRemaining(fields::add);
            assertThat(TEACHING_RECEIPT_FIELDS).as("a school reads the status only").containsAll(fields);
        }
        if (path.startsWith("/api/v1/hotspot-proposals") && response.status() / 100 == 2) {
            Set<String> fields = new HashSet<>();
            json.readTree(response.body()).fieldNames().forEachRemaining(fields::add);
            assertThat(HOTSPOT_RECEIPT_FIELDS).containsAll(fields);
            assertThat(response.body()).doesNotContain(Bodies.HOTSPOT_REASON, Bodies.HOTSPOT_PROPOSER);
        }
    }

    /** A receipt (or a batch of receipts) holds the id, the partner's reference and the status: no case content. */
    void assertReceiptOnly(String body) throws Exception {
        JsonNode node = json.readTree(body);
        List<JsonNode> receipts = new ArrayList<>();
        if (node.has("items")) {
            node.get("items").forEach(item -> {
                if (item.has("receipt")) {
                    receipts.add(item.get("receipt"));
                }
            });
        } else {
            receipts.add(node);
        }
        assertThat(receipts).isNotEmpty();
        for (JsonNode receipt : receipts) {
            Set<String> fields = new HashSet<>();
            receipt.fieldNames().forEachRemaining(fields::add);
            assertThat(RECEIPT_FIELDS).containsAll(fields);
        }
        // ids left out: a random UUID may well contain "13-4" (the test CPR numbers' year and serial)
        String withoutIds = body.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
        assertThat(withoutIds).doesNotContain(Bodies.DESCRIPTION, Bodies.FIRST_NAME, Bodies.LAST_NAME, Bodies.SCHOOL, Bodies.PLACE,
                "KPT-", "130-4", "13-4");
    }

    @Test
    void aPartnerNeverSeesAnotherPartnersSubmissionEvenOfTheSameKind() throws Exception {
        Client client = client();
        String otherPolice = Http.bearer(partners.create("Anden Politikreds " + UUID.randomUUID(), PartnerKind.POLICE, null).token());
        String otherSchool = Http.bearer(partners.create("Anden Skole " + UUID.randomUUID(), PartnerKind.SCHOOL, "0169").token());
        String police = Http.bearer("demo-politi");
        String school = Http.bearer("demo-skole");
        String club = Http.bearer("demo-klub");
        String clubConcern = id(client.postJson("/api/v1/concerns", club, Bodies.concern()));

        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/api/v1/section115-notifications/" + policeNotification + " as other police", 404);
        expected.put("/api/v1/concerns/" + schoolConcern + " as other school", 404);
        expected.put("/api/v1/concerns/" + schoolConcern + " as club", 404);
        expected.put("/api/v1/concerns/" + clubConcern + " as school", 404);
        expected.put("/api/v1/concerns/" + clubConcern + " as club", 200);
        // the same id asked for under the other kind of submission
        expected.put("/api/v1/section115-notifications/" + schoolConcern + " as police", 404);
        expected.put("/api/v1/section115-notifications/" + clubConcern + " as other police", 404);
        expected.put("/api/v1/concerns/" + policeNotification + " as school", 404);
        expected.put("/api/v1/concerns/" + policeNotification + " as club", 404);
        // an id nobody sent
        expected.put("/api/v1/section115-notifications/" + UUID.randomUUID() + " as police", 404);
        expected.put("/api/v1/concerns/" + UUID.randomUUID() + " as school", 404);
        Map<String, String> tokens = Map.of("other police", otherPolice, "other school", otherSchool, "police", police,
                "school", school, "club", club);
        Set<String> notFoundBodies = new HashSet<>();
        for (Map.Entry<String, Integer> entry : expected.entrySet()) {
            String[] parts = entry.getKey().split(" as ");
            Client.Response response = client.get(parts[0], tokens.get(parts[1]));
            assertThat(response.status()).as(entry.getKey() + ": " + response).isEqualTo(entry.getValue());
            if (response.status() == 404) {
                assertThat(response.isProblemJson()).as(entry.getKey()).isTrue();
                notFoundBodies.add(response.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
            }
        }
        // "not yours" and "does not exist" read the same (per kind of submission)
        assertThat(notFoundBodies).hasSize(2);
    }

    @Test
    void receiptsNeverCarryCaseContentEvenAfterAssessment() throws Exception {
        Client client = client();
        String police = Http.bearer("demo-politi");
        // the demo cases: DEMO-115-0003 was assessed and handed over to social services
        for (String reference : List.of("DEMO-115-0001", "DEMO-115-0002", "DEMO-115-0003", "DEMO-115-0004")) {
            String id = jdbc.queryForObject("select cast(id as varchar) from trekant_incident where partner_reference = ?",
                    String.class, reference);
            Client.Response receipt = client.get("/api/v1/section115-notifications/" + id, police);
            assertThat(receipt.status()).as(reference).isEqualTo(200);
            assertReceiptOnly(receipt.body());
            assertThat(receipt.body()).doesNotContain("Oliver", "Jensen", "Noah", "Møller", "Ida", "Poulsen", "Borgerskolen",
                    "Taastrup", "Hedehusene", "Gadehave", "kniv", "Butikstyveri", "120311", "030910", "171109",
                    "forældresamtale", "underretning", "Kniv", "MAALRETTET", "INDIVIDUEL", "koordinator");
        }
        Client.Response batch = client.postJson("/api/v1/section115-notifications/batches", police,
                "{\"items\":[" + Bodies.notification() + "," + Bodies.notification("bad ref", Bodies.cpr()) + "]}");
        assertThat(batch.status()).isEqualTo(200);
        assertReceiptOnly(batch.body());
        Client.Response me = client.get("/api/v1/partner", police);
        assertThat(json.readTree(me.body()).size()).isLessThanOrEqualTo(3);
    }

    /** Which tasks each staff member gets from engine-rest, checked against the tasks' candidate groups. */
    @Test
    void staffSeeOnlyTheTasksOfTheirOwnGroupsThroughEngineRest() throws Exception {
        Map<String, Set<String>> visible = new java.util.LinkedHashMap<>();
        for (String user : List.of("koordinator", "forebygger", "konsulent", "socialraadgiver", "leder", "admin")) {
            Client.Response response = client().get("/engine-rest/task?maxResults=10000", Http.basic(user, user));
            assertThat(response.status()).as(user).isEqualTo(200);
            Set<String> ids = new HashSet<>();
            json.readTree(response.body()).forEach(task -> ids.add(task.get("id").asText()));
            visible.put(user, ids);
        }
        List<Task> all = taskService.createTaskQuery().list();
        assertThat(all).isNotEmpty();
        BiFunction<Task, String, Boolean> belongsTo = (task, user) -> user.equals(task.getAssignee())
                || taskService.getIdentityLinksForTask(task.getId()).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .map(IdentityLink::getGroupId)
                        .anyMatch(user::equals);
        for (String user : List.of("koordinator", "forebygger", "konsulent", "socialraadgiver")) {
            Set<String> own = all.stream().filter(task -> belongsTo.apply(task, user)).map(Task::getId).collect(Collectors.toSet());
            assertThat(visible.get(user)).as(user + " sees exactly its group's tasks").isEqualTo(own);
        }
        assertThat(visible.get("koordinator")).as("the demo cases' assessments").isNotEmpty();
        assertThat(visible.get("forebygger")).as("the demo parent dialogue").isNotEmpty();
        assertThat(visible.get("socialraadgiver")).as("the demo handover").isNotEmpty();
        assertThat(visible.get("konsulent")).as("the demo teaching course to plan").isNotEmpty();
        assertThat(visible.get("konsulent")).doesNotContainAnyElementsOf(visible.get("koordinator"));
        assertThat(visible.get("forebygger")).doesNotContainAnyElementsOf(visible.get("koordinator"));
        assertThat(visible.get("socialraadgiver")).doesNotContainAnyElementsOf(visible.get("koordinator"));
        Set<String> allIds = all.stream().map(Task::getId).collect(Collectors.toSet());
        assertThat(visible.get("leder")).as("leaders monitor every task").isEqualTo(allIds);
        assertThat(visible.get("admin")).isEqualTo(allIds);

        // nor a task's variables by its id
        String coordinatorTask = visible.get("koordinator").iterator().next();
        for (String user : List.of("forebygger", "konsulent", "socialraadgiver")) {
            Client.Response variables = client().get("/engine-rest/task/" + coordinatorTask + "/variables", Http.basic(user, user));
            assertThat(variables.status()).as(user + ": " + variables).isIn(403, 404);
            Client.Response form = client().get("/engine-rest/task/" + coordinatorTask + "/form-variables", Http.basic(user, user));
            assertThat(form.status()).as(user + ": " + form).isIn(403, 404);
        }
        assertThat(client().get("/engine-rest/task/" + coordinatorTask + "/variables", Http.basic("koordinator", "koordinator"))
                .status()).isEqualTo(200);
    }
}
