package dk.trekant.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.support.Http;
import dk.trekant.support.RefusedInput;
import dk.trekant.support.TrekantTest;

/**
 * Teaching requests end to end on the whole application: the school's API (receipt, idempotency,
 * status only for the school that asked, bad input named and nothing stored, cancellation), the
 * consultant's start form, the real listeners through planning, reminder and lesson (hours in the
 * hour log), the figures for the reports, and the demo data.
 */
@TrekantTest
class TeachingApiTest {

    static final String SCHOOL = Http.bearer("demo-skole");
    static final String PATH = "/api/v1/teaching-requests";
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
    HourLog hourLog;
    @Autowired
    TeachingStatistics statistics;
    @Autowired
    TeachingService teaching;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String body(String reference, String topic, LocalDate from, LocalDate to) {
        return """
                {"reference":"%s","grade":7,"classes":2,"pupils":48,"topic":"%s","wishedFrom":"%s","wishedTo":"%s",
                 "note":"Gerne om formiddagen"}""".formatted(reference, topic, from, to);
    }

    static String valid(String reference) {
        return body(reference, "DIGITAL_DANNELSE", today().plusDays(7), today().plusDays(40));
    }

    static String reference() {
        return "UND-" + UUID.randomUUID();
    }

    JsonNode read(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    long instances() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("teachingRequest").count();
    }

    UUID requested() throws Exception {
        HttpResponse<String> sent = http().postJson(PATH, SCHOOL, valid(reference()));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        return UUID.fromString(read(sent).get("id").asText());
    }

    Task task(UUID id, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(id.toString()).taskDefinitionKey(key).singleResult();
    }

    String status(UUID id) throws Exception {
        return read(http().get(PATH + "/" + id, SCHOOL)).get("status").asText();
    }

    void plan(UUID id, LocalDate date) {
        Task plan = task(id, "planTeaching");
        taskService.claim(plan.getId(), "konsulent");
        taskService.complete(plan.getId(), Map.of("planningDecision", "PLAN", "plannedDate", date.toString(),
                "preventer", "forebygger", "material", "Oplæg"));
    }

    Task remind(UUID id) {
        String instance = teaching.find(id).orElseThrow().getProcessInstanceId();
        Job reminder = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
        managementService.executeJob(reminder.getId());
        return task(id, "holdTeaching");
    }

    // ------------------------------------------------------------------ the school's API

    @Test
    void aRequestIsReceivedOnceAndWaitsForTheConsultant() throws Exception {
        String reference = reference();
        HttpResponse<String> first = http().postJson(PATH, SCHOOL, valid(reference));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode receipt = read(first);
        String id = receipt.get("id").asText();
        assertThat(receipt.get("reference").asText()).isEqualTo(reference);
        assertThat(receipt.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(receipt.has("plannedDate")).isFalse();
        assertThat(first.headers().firstValue("Location")).hasValue(PATH + "/" + id);

        long rows = count("trekant_teaching_request");
        long running = instances();
        HttpResponse<String> again = http().postJson(PATH, SCHOOL, valid(reference));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(read(again).get("id").asText()).isEqualTo(id);
        assertThat(count("trekant_teaching_request")).isEqualTo(rows);
        assertThat(instances()).isEqualTo(running);

        Task plan = task(UUID.fromString(id), "planTeaching");
        assertThat(plan).isNotNull();
        assertThat(taskService.getVariable(plan.getId(), "topicLabel")).isEqualTo("Digital dannelse og deling af billeder");
        assertThat(taskService.getVariable(plan.getId(), "schoolName")).isEqualTo("demo-skole");
        assertThat((String) taskService.getVariable(plan.getId(), "availablePreventers")).contains("forebygger (Jonas Nielsen)");

        HttpResponse<String> status = http().get(PATH + "/" + id, SCHOOL);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).doesNotContain("formiddagen", "forebygger", "Oplæg");
    }

    @Test
    void onlyTheSchoolThatAskedReadsOrCancelsTheRequest() throws Exception {
        UUID id = requested();
        String otherSchool = Http.bearer(partners.create("Anden Skole " + UUID.randomUUID(), PartnerKind.SCHOOL, "0169").token());
        assertThat(http().get(PATH + "/" + id, otherSchool).statusCode()).isEqualTo(404);
        assertThat(http().postJson(PATH + "/" + id + "/cancellation", otherSchool, "{}").statusCode()).isEqualTo(404);
        assertThat(http().get(PATH + "/" + UUID.randomUUID(), SCHOOL).statusCode()).isEqualTo(404);
        assertThat(http().get(PATH + "/" + id, Http.bearer("demo-politi")).statusCode()).isEqualTo(403);
        assertThat(http().get(PATH + "/" + id, Http.bearer("demo-klub")).statusCode()).isEqualTo(403);
        assertThat(http().postJson(PATH, Http.bearer("demo-klub"), valid(reference())).statusCode()).isEqualTo(403);
        assertThat(http().postJson(PATH, null, valid(reference())).statusCode()).isEqualTo(401);
        assertThat(status(id)).isEqualTo("REQUESTED");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        long rows = count("trekant_teaching_request");
        long running = instances();
        LocalDate in7 = today().plusDays(7);
        LocalDate in40 = today().plusDays(40);
        record Case(String body, String field) {
        }
        List<Case> cases = new ArrayList<>(List.of(
                new Case(body(reference(), "STRIKKEKLUB", in7, in40), "topic"),
                new Case(body(reference(), "", in7, in40), "topic"),
                new Case(body(reference(), "DIGITAL_DANNELSE", today().minusDays(1), in40), "wishedFrom"),
                new Case(body(reference(), "DIGITAL_DANNELSE", in40, in7), "wishedTo"),
                new Case(body(reference(), "DIGITAL_DANNELSE", in7, today().minusDays(2)), "wishedTo"),
                new Case(valid(reference()).replace("\"grade\":7", "\"grade\":11"), "grade"),
                new Case(valid(reference()).replace("\"grade\":7", "\"grade\":-1"), "grade"),
                new Case(valid(reference()).replace("\"grade\":7", "\"grade\":\"7\""), "grade"),
                new Case(valid(reference()).replace("\"classes\":2", "\"classes\":0"), "classes"),
                new Case(valid(reference()).replace("\"pupils\":48", "\"pupils\":0"), "pupils"),
                new Case(valid(reference()).replace("\"pupils\":48,", ""), "pupils"),
                new Case(valid(reference()).replace(in7.toString(), "2027-13-01"), "wishedFrom"),
                new Case(valid("<script>"), "reference"),
                new Case(valid(""), "reference"),
                new Case(valid(reference()).replace("Gerne om formiddagen", "bip\\u0007"), "note"),
                new Case(valid(reference()).replace("Gerne om formiddagen", "x".repeat(2001)), "note"),
                new Case(valid(reference()).replace("\"note\"", "\"unknownField\":1,\"note\""), "unknownField")));
        for (Case bad : cases) {
            HttpResponse<String> response = RefusedInput.assertFieldRefused(http(), PATH, SCHOOL, bad.body(), bad.field());
            assertThat(response.body()).doesNotContain("STRIKKEKLUB", "<script>");
        }
        RefusedInput.assertMalformedRefused(http(), PATH, SCHOOL);

        assertThat(count("trekant_teaching_request")).isEqualTo(rows);
        assertThat(instances()).isEqualTo(running);
    }

    /**
     * Hostile bodies (cut short, each field null or of the wrong JSON type, huge, broken unicode,
     * injection): every one a 4xx problem+json that echoes nothing, and nothing stored.
     */
    @Test
    void hostileBodiesAreRefusedAndNothingStored() throws Exception {
        long rows = count("trekant_teaching_request");
        long running = instances();
        String valid = valid(reference()).replace("\n", "");
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 16; i++) {
            int at = valid.length() * i / 16;
            bodies.put("cut after " + at, valid.substring(0, at));
        }
        String[] fields = {"reference", "grade", "classes", "pupils", "topic", "wishedFrom", "wishedTo"};
        for (String field : fields) {
            bodies.put(field + " null", with(valid, field, "null"));
            bodies.put(field + " missing", with(valid, field, null));
            bodies.put(field + " an object", with(valid, field, "{\"a\":1}"));
            bodies.put(field + " an array", with(valid, field, "[\"DIGITAL_DANNELSE\"]"));
        }
        for (String field : new String[] {"grade", "classes", "pupils"}) {
            bodies.put(field + " a string", with(valid, field, "\"7\""));
            bodies.put(field + " a fraction", with(valid, field, "2.5"));
            bodies.put(field + " huge", with(valid, field, "99999999999999999999"));
        }
        bodies.put("note an object", with(valid, "note", "{\"a\":1}"));
        bodies.put("note 100,000 characters", with(valid, "note", "\"" + "x".repeat(100_000) + "\""));
        bodies.put("note a lone surrogate", with(valid, "note", "\"a\\ud800b\""));
        bodies.put("note NUL", with(valid, "note", "\"a\\u0000b\""));
        bodies.put("reference SQL", with(valid, "reference", "\"x'; drop table trekant_teaching_request; --\""));
        bodies.put("reference 65 characters", with(valid, "reference", "\"" + "R".repeat(65) + "\""));
        bodies.put("topic SQL", with(valid, "topic", "\"DIGITAL_DANNELSE' or '1'='1\""));
        bodies.put("topic lower case", with(valid, "topic", "\"digital_dannelse\""));
        bodies.put("wishedFrom a timestamp", with(valid, "wishedFrom", "\"2099-01-01T10:00:00Z\""));
        bodies.put("duplicate key", valid.replace("{\"reference\":", "{\"reference\":\"FIRST\",\"reference\":"));
        bodies.put("trailing garbage", valid + "}}garbage");
        bodies.put("an array of the body", "[" + valid + "]");
        bodies.put("null", "null");
        bodies.put("empty object", "{}");
        for (Map.Entry<String, String> bad : bodies.entrySet()) {
            HttpResponse<String> response = http().postJson(PATH, SCHOOL, bad.getValue());
            assertThat(response.statusCode()).as(bad.getKey() + ": " + response.body()).isBetween(400, 499);
            assertThat(response.headers().firstValue("Content-Type")).as(bad.getKey()).hasValue("application/problem+json");
            assertThat(response.body()).as(bad.getKey()).doesNotContain("drop table", "xxxxxxxxxx", "Exception", "at dk.");
        }
        for (String id : List.of("..%2F..%2Fetc%2Fpasswd", "%00", "1%20or%201=1", "x".repeat(300))) {
            HttpResponse<String> response = http().get(PATH + "/" + id, SCHOOL);
            assertThat(response.statusCode()).as(id).isBetween(400, 404);
            HttpResponse<String> cancel = http().postJson(PATH + "/" + id + "/cancellation", SCHOOL, "{}");
            assertThat(cancel.statusCode()).as(id).isBetween(400, 404);
        }
        assertThat(count("trekant_teaching_request")).isEqualTo(rows);
        assertThat(instances()).isEqualTo(running);
    }

    /** The body with one field replaced by raw JSON ({@code null}: removed). */
    String with(String body, String field, String rawJson) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(body);
            if (rawJson == null) {
                root.remove(field);
                return json.writeValueAsString(root);
            }
            String marker = "__HOSTILE__";
            root.put(field, marker);
            return json.writeValueAsString(root).replace("\"" + marker + "\"", rawJson);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ through the tasks

    @Test
    void aCourseIsPlannedTaughtAndCountedWithItsHoursInTheHourLog() throws Exception {
        UUID id = requested();
        Task plan = task(id, "planTeaching");
        taskService.claim(plan.getId(), "konsulent");
        Map<String, Object> wrongPreventer = Map.of("planningDecision", "PLAN", "plannedDate", today().toString(),
                "preventer", "koordinator");
        assertThatThrownBy(() -> taskService.complete(plan.getId(), wrongPreventer)).hasMessageContaining("forebygger");
        Map<String, Object> past = Map.of("planningDecision", "PLAN", "plannedDate", today().minusDays(1).toString(),
                "preventer", "forebygger");
        assertThatThrownBy(() -> taskService.complete(plan.getId(), past)).hasMessageContaining("fortiden");
        assertThat(status(id)).isEqualTo("REQUESTED");

        taskService.complete(plan.getId(), Map.of("planningDecision", "PLAN", "plannedDate", today().toString(),
                "preventer", "forebygger", "material", "Oplæg"));
        JsonNode planned = read(http().get(PATH + "/" + id, SCHOOL));
        assertThat(planned.get("status").asText()).isEqualTo("PLANNED");
        assertThat(planned.get("plannedDate").asText()).isEqualTo(today().toString());

        Task lesson = remind(id);
        assertThat(lesson.getAssignee()).isEqualTo("forebygger");
        TeachingStatistics.TeachingFigures before = statistics.between(today(), today());
        Map<String, Object> future = lessonVariables(today().plusDays(1));
        assertThatThrownBy(() -> taskService.complete(lesson.getId(), future)).hasMessageContaining("før den er holdt");
        taskService.complete(lesson.getId(), lessonVariables(today()));

        JsonNode held = read(http().get(PATH + "/" + id, SCHOOL));
        assertThat(held.get("status").asText()).isEqualTo("HELD");
        assertThat(held.get("heldOn").asText()).isEqualTo(today().toString());
        assertThat(held.toString()).doesNotContain("Godt forløb", "forebygger");

        List<HourEntry> hours = hourLog.forSource(HourSource.TEACHING, id);
        assertThat(hours).hasSize(1);
        assertThat(hours.get(0).kind()).isEqualTo(HourKind.TEACHING);
        assertThat(hours.get(0).hours()).isEqualByComparingTo("2.5");
        assertThat(hours.get(0).staffUser()).isEqualTo("forebygger");
        assertThat(hours.get(0).taskId()).isEqualTo(lesson.getId());
        assertThat(hours.get(0).workDate()).isEqualTo(today());

        TeachingStatistics.TeachingFigures after = statistics.between(today(), today());
        assertThat(after.sessionsHeld()).isEqualTo(before.sessionsHeld() + 1);
        assertThat(after.pupilsReached()).isEqualTo(before.pupilsReached() + 45);
        assertThat(after.classesTaught()).isEqualTo(before.classesTaught() + 2);
        assertThat(statistics.sessionsHeld(today().plusDays(1), today().plusDays(30))).isZero();
        assertThat(statistics.perTopic(today(), today())).anyMatch(topic -> topic.topic().equals("DIGITAL_DANNELSE"));

        HttpResponse<String> tooLate = http().postJson(PATH + "/" + id + "/cancellation", SCHOOL, "{}");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(status(id)).isEqualTo("HELD");
    }

    static Map<String, Object> lessonVariables(LocalDate heldOn) {
        Map<String, Object> v = new HashMap<>();
        v.put("teachingHeld", "HELD");
        v.put("heldOn", heldOn.toString());
        v.put("classesTaught", 2L);
        v.put("pupilsReached", 45L);
        v.put("teachingHours", 2.5);
        v.put("evaluation", "Godt forløb");
        return v;
    }

    @Test
    void aLessonNotHeldGoesBackToPlanningAndTheSchoolMayCancel() throws Exception {
        UUID id = requested();
        plan(id, today());
        Task lesson = remind(id);
        taskService.complete(lesson.getId(), Map.of("teachingHeld", "NOT_HELD", "notHeldReason", "Klassen var på tur"));
        assertThat(status(id)).isEqualTo("REQUESTED");
        assertThat(task(id, "planTeaching")).isNotNull();
        assertThat(teaching.find(id).orElseThrow().getTimesNotHeld()).isEqualTo(1);
        assertThat(hourLog.forSource(HourSource.TEACHING, id)).isEmpty();

        HttpResponse<String> cancelled = http().postJson(PATH + "/" + id + "/cancellation", SCHOOL, "{\"reason\":\"Lejrskole\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(read(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
        assertThat(teaching.find(id).orElseThrow().getCancelledBy()).isEqualTo("SCHOOL");
        HttpResponse<String> again = http().postJson(PATH + "/" + id + "/cancellation", SCHOOL, "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(status(id)).isEqualTo("CANCELLED");
        HttpResponse<String> badReason = http().postJson(PATH + "/" + requested() + "/cancellation", SCHOOL,
                "{\"reason\":\"" + "x".repeat(2001) + "\"}");
        assertThat(badReason.statusCode()).isEqualTo(400);
        assertThat(badReason.body()).contains("\"field\":\"reason\"");
    }

    @Test
    void theConsultantCancelsFromPlanning() throws Exception {
        UUID id = requested();
        Task plan = task(id, "planTeaching");
        assertThatThrownBy(() -> taskService.complete(plan.getId(), Map.of("planningDecision", "CANCEL")))
                .hasMessageContaining("Begrundelse");
        taskService.complete(plan.getId(), Map.of("planningDecision", "CANCEL", "cancellationReason", "Ingen kapacitet"));
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(teaching.find(id).orElseThrow().getCancelledBy()).isEqualTo("STAFF");
    }

    @Test
    void aConsultantEntersARequestInTasklist() throws Exception {
        long rows = count("trekant_teaching_request");
        String form = """
                {"variables":{"schoolName":{"value":"Borgerskolen"},"grade":{"value":5},"classes":{"value":1},
                 "pupils":{"value":24},"topic":{"value":"%s"},"wishedFrom":{"value":"%s"},"wishedTo":{"value":"%s"}}}""";
        HttpResponse<String> bad = http().postJson("/engine-rest/process-definition/key/teachingRequest/submit-form",
                Http.basic("konsulent", "konsulent"), form.formatted("STRIKKEKLUB", today().plusDays(3), today().plusDays(9)));
        // engine-rest answers a failed start 500 with the delegate's Danish message (Tasklist shows it), as for staffConcern
        assertThat(bad.statusCode()).as(bad.body()).isGreaterThanOrEqualTo(400);
        assertThat(bad.body()).contains("Emne").doesNotContain("STRIKKEKLUB");
        assertThat(count("trekant_teaching_request")).isEqualTo(rows);

        HttpResponse<String> started = http().postJson("/engine-rest/process-definition/key/teachingRequest/submit-form",
                Http.basic("konsulent", "konsulent"), form.formatted("GRUPPEPRES", today().plusDays(3), today().plusDays(9)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String businessKey = read(started).get("businessKey").asText();
        TeachingRequest request = teaching.find(UUID.fromString(businessKey)).orElseThrow();
        assertThat(request.getRequestedBy()).isEqualTo("konsulent");
        assertThat(request.getSchoolPartnerId()).isNull();
        assertThat(request.getTopic()).isEqualTo("GRUPPEPRES");
        assertThat(task(request.getId(), "planTeaching")).isNotNull();
    }

    // ------------------------------------------------------------------ the demo

    @Test
    void theDemoHasACourseToPlanAHeldCourseAndLastYearsSurvey(@Autowired SurveyFindings surveys) {
        Long demoToPlan = jdbc.queryForObject("""
                select count(*) from trekant_teaching_request where partner_reference = 'DEMO-UND-0001' and status = 'REQUESTED'""",
                Long.class);
        assertThat(demoToPlan).isEqualTo(1);
        Integer reached = jdbc.queryForObject("""
                select pupils_reached from trekant_teaching_request where partner_reference = 'DEMO-UND-0002' and status = 'HELD'""",
                Integer.class);
        assertThat(reached).isEqualTo(41);
        SurveyFindings.SurveyFinding lastYear = surveys.forYear(today().getYear() - 1).orElseThrow();
        assertThat(lastYear.findings()).contains("temadrøftelsen");
        assertThat(lastYear.percent("FEEL_SAFE")).contains(new BigDecimal("86.40"));
        assertThat(lastYear.indicators()).extracting(SurveyFindings.IndicatorValue::code)
                .containsExactly("FEEL_SAFE", "TRIED_HASH", "BULLIED", "GOOD_WELLBEING");
    }
}
