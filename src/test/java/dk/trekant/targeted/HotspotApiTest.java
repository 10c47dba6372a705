package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.support.Http;
import dk.trekant.support.RefusedInput;
import dk.trekant.support.TrekantTest;
import dk.trekant.targeted.hotspot.Hotspot;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotStatus;

/**
 * Hotspot proposals through the partner API (receipts, idempotency, bad input, partner kinds, the
 * decision shown to the proposer), a staff proposal from Tasklist's start form, and the real
 * listeners behind the leader's and the preventers' tasks (decisions, shifts into the hour log).
 */
@TrekantTest
class HotspotApiTest {

    static final String PROPOSALS = "/api/v1/hotspot-proposals";
    static final String POLICE = Http.bearer("demo-politi");
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    PartnerService partners;
    @Autowired
    HotspotService hotspotService;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    static String reference() {
        return "HOT-" + UUID.randomUUID();
    }

    static String proposal(String reference) {
        return """
                {"reference":"%s","areaName":"Taastrup Station","location":{"address":"Taastrup Stationsvej 1, 2630 Taastrup",
                 "latitude":55.650920,"longitude":12.299150},"reason":"Grupper af unge og uro om aftenen; flere anmeldelser",
                 "timesOfDay":"Fredag og lørdag kl. 20-01","proposer":"Vicepolitiinspektør, Taastrup Politi"}
                """.formatted(reference);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    long hotspotInstances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("hotspot").count();
    }

    JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    String propose(String token) throws Exception {
        HttpResponse<String> response = http().postJson(PROPOSALS, token, proposal(reference()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return body(response).get("id").asText();
    }

    // ------------------------------------------------------------------ partner API

    @Test
    void aProposalIsReceivedOnceAndItsProposerReadsItsStatus() throws Exception {
        String reference = reference();
        HttpResponse<String> first = http().postJson(PROPOSALS, POLICE, proposal(reference));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode receipt = body(first);
        String id = receipt.get("id").asText();
        assertThat(receipt.get("reference").asText()).isEqualTo(reference);
        assertThat(receipt.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(first.headers().firstValue("Location")).hasValue(PROPOSALS + "/" + id);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).processDefinitionKey("hotspot")
                .count()).isEqualTo(1);
        assertThat(jdbc.queryForMap("select proposer_kind, status, municipality_code from trekant_hotspot where id = ?",
                UUID.fromString(id))).containsEntry("PROPOSER_KIND", "POLICE").containsEntry("STATUS", "PROPOSED");

        long hotspots = count("select count(*) from trekant_hotspot");
        long instances = hotspotInstances();
        HttpResponse<String> again = http().postJson(PROPOSALS, POLICE, proposal(reference));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id").asText()).isEqualTo(id);
        assertThat(count("select count(*) from trekant_hotspot")).isEqualTo(hotspots);
        assertThat(hotspotInstances()).isEqualTo(instances);

        HttpResponse<String> status = http().get(PROPOSALS + "/" + id, POLICE);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(body(status).get("status").asText()).isEqualTo("PROPOSED");
        assertThat(body(status).get("receivedAt")).isEqualTo(receipt.get("receivedAt"));
        assertThat(body(again)).isEqualTo(body(status));
        assertThat(status.body()).doesNotContain("Grupper af unge").doesNotContain("Vicepolitiinspektør");

        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(prepare.getTaskDefinitionKey()).isEqualTo("prepareProposal");
        assertThat(taskService.getVariables(prepare.getId())).containsEntry("areaName", "Taastrup Station")
                .containsEntry("location", "Taastrup Stationsvej 1, 2630 Taastrup")
                .containsEntry("proposedBy", "Vicepolitiinspektør, Taastrup Politi (demo-politi)");
    }

    @Test
    void thePoliceSchoolsClubsHousingAndGuardsProposeOthersMayNot() throws Exception {
        for (String token : List.of("demo-politi", "demo-skole", "demo-klub", "demo-boligselskab", "demo-vaegter")) {
            assertThat(http().postJson(PROPOSALS, Http.bearer(token), proposal(reference())).statusCode()).as(token).isEqualTo(201);
        }
        long hotspots = count("select count(*) from trekant_hotspot");
        for (String token : List.of("demo-arbejdsplads", "demo-kriminalforsorgen")) {
            HttpResponse<String> refused = http().postJson(PROPOSALS, Http.bearer(token), proposal(reference()));
            assertThat(refused.statusCode()).as(token).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(http().postJson(PROPOSALS, null, proposal(reference())).statusCode()).isEqualTo(401);
        assertThat(http().postJson(PROPOSALS, Http.basic("leder", "leder"), proposal(reference())).statusCode()).isEqualTo(401);
        assertThat(count("select count(*) from trekant_hotspot")).isEqualTo(hotspots);
    }

    @Test
    void onlyTheProposerReadsTheStatus() throws Exception {
        String id = propose(POLICE);
        String otherPolice = Http.bearer(partners.create("Anden Politikreds " + UUID.randomUUID(), PartnerKind.POLICE, null).token());
        HttpResponse<String> other = http().get(PROPOSALS + "/" + id, otherPolice);
        HttpResponse<String> nobodys = http().get(PROPOSALS + "/" + UUID.randomUUID(), POLICE);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(nobodys.statusCode()).isEqualTo(404);
        assertThat(other.body().replaceAll("\"instance\":\"[^\"]*\"", ""))
                .as("not yours and does not exist read the same")
                .isEqualTo(nobodys.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        assertThat(http().get(PROPOSALS + "/" + id, Http.bearer("demo-skole")).statusCode()).isEqualTo(404);
        assertThat(http().get(PROPOSALS + "/" + id, Http.bearer("demo-arbejdsplads")).statusCode()).isEqualTo(403);
        assertThat(http().get(PROPOSALS + "/" + id, POLICE).statusCode()).isEqualTo(200);
        // a §115 receipt's id is not a hotspot, and the other way round
        assertThat(http().get("/api/v1/section115-notifications/" + id, POLICE).statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        long hotspots = count("select count(*) from trekant_hotspot");
        long instances = hotspotInstances();
        record Case(String body, String field) {
        }
        String valid = proposal(reference());
        List<Case> cases = new ArrayList<>(List.of(
                new Case(valid.replace("\"areaName\":\"Taastrup Station\",", ""), "areaName"),
                new Case(valid.replace("Taastrup Station\"", "  \""), "areaName"),
                new Case(proposal(""), "reference"),
                new Case(proposal("<script>"), "reference"),
                new Case(proposal("x".repeat(65)), "reference"),
                new Case(valid.replaceAll("\"location\":\\{[^}]*\\},", ""), "location"),
                new Case(valid.replaceAll("\"location\":\\{[^}]*\\}", "\"location\":{\"latitude\":55.65}"), "location.longitude"),
                new Case(valid.replace("55.650920", "91"), "location.latitude"),
                new Case(valid.replace("12.299150", "-180.5"), "location.longitude"),
                new Case(valid.replace("55.650920", "\"55.65\""), "location.latitude"),
                new Case(valid.replace("Taastrup Stationsvej 1", "x".repeat(301)), "location.address"),
                new Case(valid.replace("flere anmeldelser", "x".repeat(4000)), "reason"),
                new Case(valid.replace("flere anmeldelser", "\\u0000"), "reason"),
                new Case(valid.replace("flere anmeldelser", "\\u001b[31m"), "reason"),
                new Case(valid.replace("flere anmeldelser", "især 120311-4101 og 0302104303"), "reason"),
                new Case(valid.replace("Taastrup Stationsvej 1", "Hos 1203114101"), "location.address"),
                new Case(valid.replace("\"timesOfDay\":\"Fredag og lørdag kl. 20-01\",", ""), "timesOfDay"),
                new Case(valid.replace("\"proposer\":\"Vicepolitiinspektør, Taastrup Politi\"", "\"proposer\":\"\""), "proposer"),
                new Case(valid.replace("\"areaName\"", "\"unknownField\":1,\"areaName\""), "unknownField"),
                new Case(valid.replace("\"Taastrup Station\"", "42"), "areaName")));
        for (Case bad : cases) {
            RefusedInput.assertFieldRefused(http(), PROPOSALS, POLICE, bad.body(), bad.field());
        }
        RefusedInput.assertMalformedRefused(http(), PROPOSALS, POLICE);

        assertThat(count("select count(*) from trekant_hotspot")).isEqualTo(hotspots);
        assertThat(hotspotInstances()).isEqualTo(instances);
    }

    @Test
    void hostileButPlainTextIsStoredVerbatimAndShownToNoPartner() throws Exception {
        String injection = "Torvet'; drop table trekant_hotspot; --";
        String script = "<script>alert('hotspot')</script> \"citat\" æøå 😀";
        String body = proposal(reference()).replace("\"Taastrup Station\"", json.writeValueAsString(injection))
                .replace("Grupper af unge og uro om aftenen; flere anmeldelser", script.replace("\"", "\\\""));
        HttpResponse<String> response = http().postJson(PROPOSALS, POLICE, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = body(response).get("id").asText();
        Map<String, Object> stored = jdbc.queryForMap("select area_name, reason from trekant_hotspot where id = ?", UUID.fromString(id));
        assertThat(stored).containsEntry("AREA_NAME", injection).containsEntry("REASON", script);
        HttpResponse<String> status = http().get(PROPOSALS + "/" + id, POLICE);
        assertThat(response.body() + status.body()).doesNotContain("drop table").doesNotContain("<script>");
        assertThat(hotspotService.withStatus(HotspotStatus.PROPOSED)).extracting(Hotspot::getId).contains(UUID.fromString(id));
    }

    @Test
    void coordinatesAloneAreEnoughForALocation() throws Exception {
        String body = proposal(reference()).replace("\"address\":\"Taastrup Stationsvej 1, 2630 Taastrup\",", "");
        HttpResponse<String> response = http().postJson(PROPOSALS, Http.bearer("demo-vaegter"), body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = body(response).get("id").asText();
        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(taskService.getVariable(prepare.getId(), "location")).isEqualTo("55.650920, 12.299150");
    }

    // ------------------------------------------------------------------ the lokalråd's decision, shown to the proposer

    @Test
    void anApprovalWithItsPeriodIsShownToTheProposer() throws Exception {
        String id = propose(POLICE);
        LocalDate from = today();
        LocalDate to = from.plusWeeks(4);
        approve(id, from, to, 3L, 2.5);

        JsonNode receipt = body(http().get(PROPOSALS + "/" + id, POLICE));
        assertThat(receipt.get("status").asText()).isEqualTo("APPROVED");
        assertThat(receipt.get("periodFrom").asText()).isEqualTo(from.toString());
        assertThat(receipt.get("periodTo").asText()).isEqualTo(to.toString());
        assertThat(receipt.has("rejectionReason")).isFalse();
        assertThat(jdbc.queryForMap("select kind, shifts_per_week, decided_by from trekant_hotspot_decision where hotspot_id = ?",
                UUID.fromString(id))).containsEntry("KIND", "APPROVED").containsEntry("SHIFTS_PER_WEEK", 3)
                .containsEntry("DECIDED_BY", "leder");

        startPeriod(id);
        assertThat(body(http().get(PROPOSALS + "/" + id, POLICE)).get("status").asText()).isEqualTo("ACTIVE");
        assertThat(shiftTasks(id)).hasSize(3);
    }

    @Test
    void aRejectionWithItsReasonIsShownToTheProposer() throws Exception {
        String id = propose(Http.bearer("demo-klub"));
        Task prepare = single(id, "prepareProposal");
        taskService.complete(prepare.getId(), Map.of("preparationNote", "Til lokalrådet"));
        Task decide = single(id, "decideInLokalraad");
        taskService.claim(decide.getId(), "leder");
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("lokalraadDecision", "REJECTED")))
                .hasMessageContaining("begrundelse");
        taskService.complete(decide.getId(), Map.of("lokalraadDecision", "REJECTED",
                "rejectionReason", "Politiet patruljerer allerede området"));

        JsonNode receipt = body(http().get(PROPOSALS + "/" + id, Http.bearer("demo-klub")));
        assertThat(receipt.get("status").asText()).isEqualTo("REJECTED");
        assertThat(receipt.get("rejectionReason").asText()).isEqualTo("Politiet patruljerer allerede området");
        assertThat(receipt.has("periodFrom")).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).count()).isZero();
    }

    @Test
    void anInvalidDecisionKeepsTheTaskOpenAndStoresNothing() throws Exception {
        String id = propose(POLICE);
        taskService.complete(single(id, "prepareProposal").getId(), Map.of("preparationNote", "Klar"));
        Task decide = single(id, "decideInLokalraad");
        for (Map<String, Object> bad : List.of(
                Map.<String, Object>of("lokalraadDecision", "APPROVED", "periodFrom", today().toString(),
                        "periodTo", today().minusDays(1).toString(), "shiftsPerWeek", 2L),
                Map.<String, Object>of("lokalraadDecision", "APPROVED", "periodFrom", today().minusWeeks(3).toString(),
                        "periodTo", today().minusDays(1).toString(), "shiftsPerWeek", 2L),
                Map.<String, Object>of("lokalraadDecision", "APPROVED", "periodFrom", today().toString(),
                        "periodTo", today().plusDays(7).toString(), "shiftsPerWeek", 0L),
                Map.<String, Object>of("lokalraadDecision", "APPROVED", "periodFrom", today().toString(),
                        "periodTo", today().plusYears(2).toString(), "shiftsPerWeek", 2L),
                Map.<String, Object>of("lokalraadDecision", "APPROVED", "periodFrom", "i morgen",
                        "periodTo", today().plusDays(7).toString(), "shiftsPerWeek", 2L),
                Map.<String, Object>of("lokalraadDecision", "MAYBE"))) {
            refused(() -> taskService.complete(decide.getId(), bad), bad.toString());
        }
        assertThat(single(id, "decideInLokalraad").getId()).isEqualTo(decide.getId());
        assertThat(count("select count(*) from trekant_hotspot_decision where hotspot_id = '" + id + "'")).isZero();
        assertThat(body(http().get(PROPOSALS + "/" + id, POLICE)).get("status").asText()).isEqualTo("PROPOSED");
    }

    // ------------------------------------------------------------------ staff in Tasklist

    @Test
    void aStaffProposalFromTasklistCreatesTheHotspot() throws Exception {
        long hotspots = count("select count(*) from trekant_hotspot");
        HttpResponse<String> started = http().postJson("/engine-rest/process-definition/key/hotspot/submit-form",
                Http.basic("forebygger", "forebygger"), """
                        {"variables":{"areaName":{"value":"Hedehusene Centrum"},"address":{"value":"Hovedgaden 1, 2640 Hedehusene"},
                         "timesOfDay":{"value":"Hverdage efter kl. 16"},"proposalReason":{"value":"Butikkerne melder om uro"},
                         "proposedBy":{"value":"Centerforeningen via Jonas"}}}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String businessKey = body(started).get("businessKey").asText();
        Map<String, Object> row = jdbc.queryForMap("select proposer_kind, staff_user, status, partner_id, process_instance_id "
                + "from trekant_hotspot where id = ?", UUID.fromString(businessKey));
        assertThat(row).containsEntry("PROPOSER_KIND", "STAFF").containsEntry("STAFF_USER", "forebygger")
                .containsEntry("STATUS", "PROPOSED").containsEntry("PARTNER_ID", null)
                .containsEntry("PROCESS_INSTANCE_ID", body(started).get("id").asText());
        Task prepare = single(businessKey, "prepareProposal");
        assertThat(taskService.getVariable(prepare.getId(), "hotspotId")).isEqualTo(businessKey);
        assertThat(count("select count(*) from trekant_hotspot")).isEqualTo(hotspots + 1);

        // the leader may start it too; without an address or coordinates nothing is stored
        HttpResponse<String> refused = http().postJson("/engine-rest/process-definition/key/hotspot/submit-form",
                Http.basic("leder", "leder"), """
                        {"variables":{"areaName":{"value":"Et sted"},"timesOfDay":{"value":"Aften"},
                         "proposalReason":{"value":"Uro"},"proposedBy":{"value":"Lars"}}}""");
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("adresse");
        assertThat(count("select count(*) from trekant_hotspot")).isEqualTo(hotspots + 1);
        // the consultants may not start a hotspot
        HttpResponse<String> konsulent = http().postJson("/engine-rest/process-definition/key/hotspot/submit-form",
                Http.basic("konsulent", "konsulent"), "{\"variables\":{\"areaName\":{\"value\":\"X\"}}}");
        assertThat(konsulent.statusCode()).isIn(403, 404);
    }

    // ------------------------------------------------------------------ shifts

    @Test
    void aShiftIsKeptWithTheHotspotAndItsHoursGoIntoTheHourLog() throws Exception {
        String id = propose(Http.bearer("demo-boligselskab"));
        approve(id, today(), today().plusWeeks(2), 2L, 3.0);
        startPeriod(id);
        List<Task> shifts = shiftTasks(id);
        assertThat(shifts).hasSize(2);
        assertThat(shifts.get(0).getName()).isEqualTo("Tryghedsskabende tilstedeværelse: Taastrup Station");
        Task shift = shifts.get(0);
        taskService.claim(shift.getId(), "forebygger");
        String start = today().atTime(0, 0).toString();
        String end = today().atTime(0, 0).plusHours(3).plusMinutes(30).toString();

        Map<String, Object> valid = new HashMap<>(Map.of("shiftStart", start, "shiftEnd", end, "contactCount", 7L,
                "contacts", "Gruppe på 6 unge ved cykelparkeringen", "observations", "Rolig aften",
                "policePresent", true, "guardsPresent", false));
        valid.remove("shiftHours");
        for (Map.Entry<String, Object> bad : List.of(Map.entry("shiftEnd", (Object) start),
                Map.entry("shiftStart", (Object) today().plusDays(2).atTime(20, 0).toString()),
                Map.entry("shiftHours", (Object) 5.0),
                Map.entry("observations", (Object) "Rolig\u0000aften"),
                Map.entry("contacts", (Object) "Talte med 120311-4101"),
                Map.entry("contactCount", (Object) (-1L)),
                Map.entry("shiftEnd", (Object) "snart"))) {
            Map<String, Object> variables = new HashMap<>(valid);
            variables.put(bad.getKey(), bad.getValue());
            refused(() -> taskService.complete(shift.getId(), variables), bad.toString());
        }
        assertThat(count("select count(*) from trekant_hotspot_shift where hotspot_id = '" + id + "'")).isZero();

        Map<String, Object> withoutHours = new HashMap<>(valid);
        withoutHours.put("shiftHours", null);
        taskService.complete(shift.getId(), withoutHours);

        Map<String, Object> logged = jdbc.queryForMap("select staff_user, hours, contact_count, contacts, police_present, "
                + "guards_present, task_id from trekant_hotspot_shift where hotspot_id = ?", UUID.fromString(id));
        assertThat(logged).containsEntry("STAFF_USER", "forebygger").containsEntry("CONTACT_COUNT", 7)
                .containsEntry("CONTACTS", "Gruppe på 6 unge ved cykelparkeringen").containsEntry("POLICE_PRESENT", true)
                .containsEntry("TASK_ID", shift.getId());
        assertThat(logged.get("HOURS").toString()).isEqualTo("3.50");
        Map<String, Object> hours = jdbc.queryForMap("select staff_user, kind, source_type, hours, with_police, work_date "
                + "from trekant_hour_entry where task_id = ?", shift.getId());
        assertThat(hours).containsEntry("STAFF_USER", "forebygger").containsEntry("KIND", "HOTSPOT_PRESENCE")
                .containsEntry("SOURCE_TYPE", "HOTSPOT").containsEntry("WITH_POLICE", true);
        assertThat(hours.get("HOURS").toString()).isEqualTo("3.50");
        assertThat(hours.get("WORK_DATE").toString()).isEqualTo(today().toString());
        assertThat(count("select count(*) from trekant_hour_entry where source_id = '" + id + "'")).isEqualTo(1);
        // the shift's free text did not become a process variable
        String instance = shift.getProcessInstanceId();
        assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("contacts", "observations", "shiftStart");
    }

    // ------------------------------------------------------------------ helpers

    /** Refused with a message for the person in Tasklist (the engine may wrap it). */
    private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable completion, String what) {
        assertThatThrownBy(completion).as(what).satisfiesAnyOf(
                thrown -> assertThat(thrown).isInstanceOf(IllegalArgumentException.class),
                thrown -> assertThat(thrown).hasRootCauseInstanceOf(IllegalArgumentException.class));
    }

    private void approve(String id, LocalDate from, LocalDate to, long shiftsPerWeek, double shiftHours) {
        taskService.complete(single(id, "prepareProposal").getId(), Map.of("preparationNote", "Politiet bakker op"));
        Task decide = single(id, "decideInLokalraad");
        taskService.claim(decide.getId(), "leder");
        taskService.complete(decide.getId(), Map.of("lokalraadDecision", "APPROVED", "periodFrom", from.toString(),
                "periodTo", to.toString(), "shiftsPerWeek", shiftsPerWeek, "plannedShiftHours", shiftHours,
                "decisionNote", "Godkendt i lokalrådet"));
    }

    /** The period starts today: its timer is due at once; the job executor (off in tests) would run it now. */
    private void startPeriod(String id) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult().getId();
        Job start = managementService.createJobQuery().processInstanceId(instance).activityId("waitForPeriodStart")
                .executable().singleResult();
        managementService.executeJob(start.getId());
    }

    private List<Task> shiftTasks(String id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey("presenceShift").list();
    }

    private Task single(String id, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(id).taskDefinitionKey(key).singleResult();
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
