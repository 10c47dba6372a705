package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/**
 * The outreach-request API and the process behind it, end to end on the application: receipts,
 * idempotency on the partner's reference, the kinds each partner may ask for, bad input (problem+json
 * naming the field, nothing stored), a request entered by staff in Tasklist, and staffing and
 * effort through engine-rest as Tasklist does it — hours into the hour log, a concern into a youth case.
 */
@TrekantTest
class OutreachRequestApiTest {

    static final String PATH = "/api/v1/outreach-requests";
    static final String WORKPLACE = Http.bearer("demo-arbejdsplads");
    static final String POLICE = Http.bearer("demo-politi");
    static final String HOUSING = Http.bearer("demo-boligselskab");
    static final String SCHOOL = Http.bearer("demo-skole");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    HourLog hourLog;
    @Autowired
    PartnerService partners;
    @Autowired
    dk.trekant.platform.calendar.WorkingDayCalendar workdays;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    static String body(String reference, String kind, String occurredAt) {
        return """
                {"reference":"%s","kind":"%s","place":"Taastrup Bycenter","description":"Personalet er utrygt om aftenen",
                 "wantedFrom":"%s"%s,"withPolice":false}
                """.formatted(reference, kind, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(3).withNano(0),
                occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"");
    }

    static String reference() {
        return "UDG-" + UUID.randomUUID();
    }

    long stored() {
        return jdbc.queryForObject("select count(*) from trekant_outreach_request", Long.class);
    }

    Task task(String businessKey, String definitionKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(definitionKey).singleResult();
    }

    String businessKey(String id) {
        return jdbc.queryForObject("select business_key from trekant_outreach_request where id = ?", String.class, UUID.fromString(id));
    }

    // ------------------------------------------------------------------ receipts and idempotency

    @Test
    void aWorkplaceAsksForAVisitAndTheSameReferenceAgainGivesTheSameReceipt() throws Exception {
        String reference = reference();
        HttpResponse<String> created = http().postJson(PATH, WORKPLACE, body(reference, "WORKPLACE_VISIT", null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode receipt = json.readTree(created.body());
        assertThat(receipt.get("reference").asText()).isEqualTo(reference);
        assertThat(receipt.get("status").asText()).isEqualTo("RECEIVED");
        List<String> fields = new java.util.ArrayList<>();
        receipt.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("id", "reference", "status", "receivedAt");
        assertThat(created.headers().firstValue("Location")).hasValue(PATH + "/" + receipt.get("id").asText());
        long afterFirst = stored();

        HttpResponse<String> again = http().postJson(PATH, WORKPLACE, body(reference, "WORKPLACE_VISIT", null));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body())).isEqualTo(receipt);
        assertThat(stored()).isEqualTo(afterFirst);

        String key = businessKey(receipt.get("id").asText());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isEqualTo(1);
        Task staff = task(key, "staffRequest");
        assertThat(staff.getName()).isEqualTo("Bemand opgave");
        Instant received = Instant.parse(receipt.get("receivedAt").asText());
        // on the working-day calendar (received on a Sunday, 5 working days end on Friday: not 6 calendar days)
        assertThat(staff.getDueDate().toInstant()).as("5 working days")
                .isCloseTo(workdays.after(java.util.Date.from(received), 5).toInstant(),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));

        assertThat(http().get(PATH + "/" + receipt.get("id").asText(), WORKPLACE).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheSendingPartnerReadsTheStatus() throws Exception {
        String id = json.readTree(http().postJson(PATH, HOUSING, body(reference(), "WORKPLACE_VISIT", null)).body()).get("id").asText();
        String otherHousing = Http.bearer(partners.create("Anden Boligforening " + UUID.randomUUID(), PartnerKind.HOUSING, "0169").token());
        assertThat(http().get(PATH + "/" + id, HOUSING).statusCode()).isEqualTo(200);
        for (String other : List.of(otherHousing, WORKPLACE, SCHOOL, POLICE)) {
            HttpResponse<String> refused = http().get(PATH + "/" + id, other);
            assertThat(refused.statusCode()).isEqualTo(404);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        }
        assertThat(http().get(PATH + "/" + UUID.randomUUID(), HOUSING).statusCode()).isEqualTo(404);
        assertThat(http().get(PATH + "/" + id, Http.bearer("demo-vaegter")).statusCode()).as("guards may not use the API").isEqualTo(403);
    }

    // ------------------------------------------------------------------ kinds per partner

    @Test
    void eachKindOfPartnerMayAskOnlyForItsKindsOfOutreach() throws Exception {
        long before = stored();
        Map<String, String> refused = Map.of(
                "WORKPLACE asks for serious-incident presence", send(WORKPLACE, "SERIOUS_INCIDENT_PRESENCE", "2026-11-01T20:00:00+01:00"),
                "HOUSING asks for institution outreach", send(HOUSING, "INSTITUTION_OUTREACH", null),
                "POLICE asks for a workplace visit", send(POLICE, "WORKPLACE_VISIT", null),
                "SCHOOL asks for serious-incident presence", send(SCHOOL, "SERIOUS_INCIDENT_PRESENCE", "2026-11-01T20:00:00+01:00"));
        refused.forEach((what, answer) -> assertThat(answer).as(what).startsWith("403").contains("\"field\":\"kind\"")
                .contains("problem"));
        assertThat(stored()).isEqualTo(before);

        HttpResponse<String> police = http().postJson(PATH, POLICE, body(reference(), "SERIOUS_INCIDENT_PRESENCE",
                OffsetDateTime.now().minusHours(1).toString()));
        assertThat(police.statusCode()).as(police.body()).isEqualTo(201);
        String id = json.readTree(police.body()).get("id").asText();
        Map<String, Object> row = jdbc.queryForMap("select acute, received_at, staffing_due from trekant_outreach_request where id = ?",
                UUID.fromString(id));
        assertThat(row.get("acute")).isEqualTo(true);
        Instant received = instant(row.get("received_at"));
        assertThat(instant(row.get("staffing_due"))).as("trekant.outreach.acute-staffing-hours")
                .isEqualTo(received.plus(Duration.ofHours(4)));
        Task staff = task(businessKey(id), "staffRequest");
        // Camunda keeps dates to the millisecond; Trekant's tables to the microsecond (one precision for every receipt).
        Instant due = received.plus(Duration.ofHours(4)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(staff.getDueDate().toInstant()).isEqualTo(due);
        assertThat(managementService.createJobQuery().processInstanceId(staff.getProcessInstanceId()).timers().singleResult()
                .getDuedate().toInstant()).isEqualTo(due);

        assertThat(http().postJson(PATH, SCHOOL, body(reference(), "INSTITUTION_OUTREACH", null)).statusCode()).isEqualTo(201);
        assertThat(http().postJson(PATH, Http.bearer("demo-klub"), body(reference(), "WORKPLACE_VISIT", null)).statusCode()).isEqualTo(201);
    }

    static Instant instant(Object column) {
        return column instanceof OffsetDateTime value ? value.toInstant() : ((java.sql.Timestamp) column).toInstant();
    }

    String send(String partner, String kind, String occurredAt) {
        HttpResponse<String> answer = http().postJson(PATH, partner, body(reference(), kind, occurredAt));
        return answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("") + " " + answer.body();
    }

    // ------------------------------------------------------------------ bad input

    @Test
    void badInputIsAnsweredWithTheFieldNamedAndNothingIsStored() throws Exception {
        String future = OffsetDateTime.now().plusDays(2).toString();
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("place", "{\"reference\":\"R-1\",\"kind\":\"WORKPLACE_VISIT\",\"description\":\"Utrygt\"}");
        cases.put("description", "{\"reference\":\"R-2\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"  \"}");
        cases.put("reference", "{\"reference\":\"has space\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\"}");
        cases.put("kind", "{\"reference\":\"R-3\",\"kind\":\"HOTSPOT_PRESENCE\",\"place\":\"Butik\",\"description\":\"Utrygt\"}");
        cases.put("description ", "{\"reference\":\"R-4\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\\u0000\"}");
        cases.put("place ", "{\"reference\":\"R-5\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"" + "x".repeat(201) + "\",\"description\":\"Utrygt\"}");
        cases.put("withPolice", "{\"reference\":\"R-6\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\",\"withPolice\":\"ja\"}");
        cases.put("cprNumber", "{\"reference\":\"R-7\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\",\"cprNumber\":\"120311-4101\"}");
        cases.put("wantedFrom", "{\"reference\":\"R-8\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\",\"wantedFrom\":\"i morgen\"}");
        Map<String, String> police = new java.util.LinkedHashMap<>();
        police.put("occurredAt", "{\"reference\":\"R-9\",\"kind\":\"SERIOUS_INCIDENT_PRESENCE\",\"place\":\"Station\",\"description\":\"Skud\"}");
        police.put("occurredAt ", "{\"reference\":\"R-10\",\"kind\":\"SERIOUS_INCIDENT_PRESENCE\",\"place\":\"Station\",\"description\":\"Skud\",\"occurredAt\":\"" + future + "\"}");
        long before = stored();
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("outreachRequest").count();
        check(cases, WORKPLACE);
        check(police, POLICE);
        HttpResponse<String> notJson = http().postJson(PATH, WORKPLACE, "{\"reference\":");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(stored()).isEqualTo(before);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("outreachRequest").count()).isEqualTo(instances);
    }

    void check(Map<String, String> cases, String partner) throws Exception {
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String field = entry.getKey().trim();
            HttpResponse<String> answer = http().postJson(PATH, partner, entry.getValue());
            assertThat(answer.statusCode()).as(field + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
            JsonNode problem = json.readTree(answer.body());
            assertThat(problem.get("errors").findValuesAsText("field")).as(answer.body()).contains(field);
            assertThat(answer.body()).doesNotContain("120311-4101", "i morgen");
        }
    }

    // ------------------------------------------------------------------ staffed and done, through Tasklist's calls

    @Test
    void aPartnersRequestIsStaffedItsHoursLoggedAndItsReceiptSaysCompleted() throws Exception {
        String id = json.readTree(http().postJson(PATH, WORKPLACE, body(reference(), "WORKPLACE_VISIT", null)).body()).get("id").asText();
        String key = businessKey(id);
        StaffTasks tasklist = new StaffTasks(port);
        String staff = task(key, "staffRequest").getId();
        tasklist.claim(staff, "forebygger");
        tasklist.complete(staff, "forebygger", Map.of("plannedDate", LocalDate.now().toString(), "staffingNote", "Aftalt"));
        assertThat(json.readTree(http().get(PATH + "/" + id, WORKPLACE).body()).get("status").asText()).isEqualTo("STAFFED");

        Task effort = task(key, "recordEffort");
        assertThat(effort.getAssignee()).isEqualTo("forebygger");
        String yesterday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
        Map<String, Object> form = new HashMap<>(Map.of("workDate", yesterday, "hours", 2.5, "withPolice", true,
                "contacts", 7, "effortNotes", "Talte med personale og to grupper unge", "followUpNeeded", false));
        tasklist.complete(effort.getId(), "forebygger", form);

        List<HourEntry> hours = hourLog.forSource(HourSource.OUTREACH_REQUEST, UUID.fromString(id));
        assertThat(hours).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(HourKind.WORKPLACE_VISIT);
            assertThat(entry.hours()).isEqualByComparingTo(new BigDecimal("2.5"));
            assertThat(entry.staffUser()).isEqualTo("forebygger");
            assertThat(entry.taskId()).isEqualTo(effort.getId());
            assertThat(entry.withPolice()).isTrue();
            assertThat(entry.workDate()).isEqualTo(LocalDate.parse(yesterday));
        });
        Map<String, Object> row = jdbc.queryForMap("select status, staffed_by, logged_hours, contacts from trekant_outreach_request where id = ?",
                UUID.fromString(id));
        assertThat(row).containsEntry("status", "COMPLETED").containsEntry("staffed_by", "forebygger").containsEntry("contacts", 7);
        assertThat((BigDecimal) row.get("logged_hours")).isEqualByComparingTo("2.5");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
        JsonNode receipt = json.readTree(http().get(PATH + "/" + id, WORKPLACE).body());
        assertThat(receipt.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(receipt.toString()).doesNotContain("forebygger", "Talte", "2.5");
    }

    @Test
    void aPreventerEntersARequestInTasklistAndAConcernMetOnTheWayBecomesAYouthCase() throws Exception {
        StaffTasks tasklist = new StaffTasks(port);
        HttpResponse<String> started = tasklist.startForm("outreachRequest", "forebygger", Map.of("outreachKind", "SERIOUS_INCIDENT_PRESENCE",
                "place", "Taastrup Station", "requestDescription", "Knivstik i går aftes; uro blandt unge",
                "occurredOn", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(), "withPoliceWanted", true));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String key = json.readTree(started.body()).get("businessKey").asText();
        assertThat(key).matches("UDG-[0-9A-F]{8}");
        Map<String, Object> row = jdbc.queryForMap("select id, requester_kind, requested_by, acute, partner_id from trekant_outreach_request "
                + "where business_key = ?", key);
        assertThat(row).containsEntry("requester_kind", "STAFF").containsEntry("requested_by", "forebygger").containsEntry("acute", true)
                .containsEntry("partner_id", null);

        String staff = task(key, "staffRequest").getId();
        tasklist.claim(staff, "forebygger");
        tasklist.complete(staff, "forebygger", Map.of("plannedDate", LocalDate.now().toString()));
        String effort = task(key, "recordEffort").getId();
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();

        long incidents = jdbc.queryForObject("select count(*) from trekant_incident", Long.class);
        HttpResponse<String> refused = tasklist.submit(effort, "forebygger", Map.of("workDate", today, "hours", 3,
                "followUpNeeded", true, "concernFirstName", "Malthe", "concernLastName", "Kjær",
                "concernDateOfBirth", LocalDate.now().plusYears(1).toString(), "concernText", "Var med i gruppen"));
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("fremtiden").doesNotContain("Malthe");
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident", Long.class)).isEqualTo(incidents);
        assertThat(hourLog.forSource(HourSource.OUTREACH_REQUEST, (UUID) row.get("id"))).isEmpty();

        tasklist.complete(effort, "forebygger", Map.of("workDate", today, "hours", 3, "withPolice", true,
                "followUpNeeded", true, "concernFirstName", "Malthe", "concernLastName", "Kjær",
                "concernDateOfBirth", "2011-08-14", "concernSchool", "Borgerskolen", "concernText", "Var med i gruppen ved stationen"));
        String caseNumber = jdbc.queryForObject("select concern_case_number from trekant_outreach_request where business_key = ?",
                String.class, key);
        assertThat(caseNumber).matches("KPT-\\d{4}-\\d{5}");
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident i join trekant_youth_case c on c.id = i.case_id "
                + "join trekant_youth y on y.id = i.youth_id where c.case_number = ? and y.first_name = 'Malthe' and i.source = 'CONCERN'",
                Long.class, caseNumber)).isEqualTo(1);
        assertThat(hourLog.forSource(HourSource.OUTREACH_REQUEST, (UUID) row.get("id"))).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(HourKind.SERIOUS_INCIDENT_PRESENCE));

        Jobs.runAsyncContinuations(managementService);
        String instanceId = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).finished().count()).isEqualTo(1);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list())
                .extracting(variable -> variable.getName())
                .contains("concernCaseNumber")
                .noneMatch(YouthConcern::isConcernVariable);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).includeDeleted().list())
                .extracting(variable -> variable.getName()).noneMatch(YouthConcern::isConcernVariable);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instanceId).list().toString())
                .contains("concernCaseNumber").doesNotContain("Malthe", "Kjær", "2011-08-14", "Var med i gruppen");
        // Tasklist's submit-form also writes each field as a FormProperty detail: those go too
        assertThat(jdbc.queryForList("select TEXT_ from ACT_HI_DETAIL where PROC_INST_ID_ = ? and NAME_ like 'concern%'", String.class,
                instanceId)).containsExactly(caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where TEXT_ in ('Malthe', 'Kjær')", Long.class)).isZero();
    }
}
