package dk.trekant.individual.adultcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
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

import dk.trekant.individual.incident.IntakeApiTest;
import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Release notices from Kriminalforsorgen and police notifications about adults: the adult case they
 * start, receipts, idempotency, the date moving and the release cancelled, repeats into the open
 * case, bad input.
 */
@TrekantTest
class AdultIntakeApiTest {

    static final String KRIMINALFORSORGEN = Http.bearer("demo-kriminalforsorgen");
    static final String POLICE = Http.bearer("demo-politi");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
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
    HistoryService historyService;
    @Autowired
    PartnerService partners;
    @Autowired
    WorkingDayCalendar workdays;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    static String reference() {
        return "KRF-" + UUID.randomUUID();
    }

    /** A fictitious CPR number of an adult born on the given day of 1998 (7th digit 1: born 1900–1999). */
    static String adultCpr(int day, int serial) {
        return String.format("%02d0398-1%03d", day, serial);
    }

    static String notice(String reference, String cpr, LocalDate release) {
        return """
                {"reference":"%s","expectedReleaseDate":"%s","institutionKind":"FAENGSEL",
                 "institutionName":"Statsfængslet Østjylland","reasonCategory":"PROEVELOESLADELSE",
                 "consent":{"given":true,"recordedOn":"%s"},"description":"Ønsker hjælp til bolig",
                 "person":{"cpr":"%s","firstName":"Test","lastName":"Voksen"}}
                """.formatted(reference, release, LocalDate.now(ZONE).minusDays(2), cpr);
    }

    JsonNode body(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body());
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    String caseNumberOfReferral(String referralId) {
        return jdbc.queryForObject("select c.case_number from trekant_adult_case c join trekant_adult_referral r "
                + "on r.case_id = c.id where r.id = ?", String.class, UUID.fromString(referralId));
    }

    Task task(String caseNumber, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
    }

    Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    @Test
    void aReleaseNoticeStartsAnAdultCaseOnceAndItsStatusCanBeRead() throws Exception {
        String reference = reference();
        String cpr = adultCpr(1, 201);
        LocalDate release = LocalDate.now(ZONE).plusDays(60);
        HttpResponse<String> first = http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference, cpr, release));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode receipt = body(first);
        String id = receipt.get("id").asText();
        assertThat(receipt.get("reference").asText()).isEqualTo(reference);
        assertThat(receipt.get("status").asText()).as("accepted; the intake queue takes it to its case after the commit")
                .isEqualTo("RECEIVED");
        assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/release-notifications/" + id);
        assertThat(first.body()).doesNotContain(cpr).doesNotContain("Voksen").doesNotContain("bolig");

        String caseNumber = caseNumberOfReferral(id);
        assertThat(caseNumber).matches("KPT-\\d{4}-\\d{5}");
        Task assess = task(caseNumber, "assessAdultReferral");
        assertThat(assess.getName()).isEqualTo("Vurdér voksenhenvendelse");
        Map<String, Object> variables = runtimeService.getVariables(assess.getProcessInstanceId());
        assertThat(variables).containsEntry("personName", "Test Voksen")
                .containsEntry("personAge", 28)
                .containsEntry("institutionName", "Statsfængslet Østjylland")
                .containsEntry("reasonCategory", "prøveløsladelse")
                .containsEntry("releaseDateText", ReleaseClock.danish(release))
                .containsEntry("releaseDate", startOf(release))
                .containsEntry("releaseMeetingReminder", startOf(workdays.subtractWorkingDays(release, 10)));
        assertThat(variables.toString()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        assertThat((String) variables.get("referralSummary")).contains("Ønsker hjælp til bolig")
                .contains("forventet løsladelse " + ReleaseClock.danish(release) + " fra Statsfængslet Østjylland (fængsel)");

        long cases = count("trekant_adult_case");
        HttpResponse<String> again = http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference, cpr, release));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("id").asText()).isEqualTo(id);
        assertThat(count("trekant_adult_case")).isEqualTo(cases);

        HttpResponse<String> status = http().get("/api/v1/release-notifications/" + id, KRIMINALFORSORGEN);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(body(status).get("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        String other = partners.create("Anden Kriminalforsorg " + UUID.randomUUID(), PartnerKind.KRIMINALFORSORGEN, null).token();
        assertThat(http().get("/api/v1/release-notifications/" + id, Http.bearer(other)).statusCode()).isEqualTo(404);
        assertThat(http().get("/api/v1/release-notifications/" + id, POLICE).statusCode()).isEqualTo(403);
    }

    @Test
    void consentFromTasklistCoordinatesTheChosenAreasAndMovingTheDateMovesTheReminderAndTheMeeting() throws Exception {
        LocalDate release = LocalDate.now(ZONE).plusDays(90);
        String reference = reference();
        String id = body(http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference, adultCpr(2, 202), release))).get("id").asText();
        String caseNumber = caseNumberOfReferral(id);

        // Tasklist submits the checklist as a Json variable.
        Task assess = task(caseNumber, "assessAdultReferral");
        HttpResponse<String> submitted = http().postJson("/engine-rest/task/" + assess.getId() + "/submit-form", KOORDINATOR, """
                {"variables":{"consent":{"value":"GIVEN"},"areas":{"value":"[\\"HOUSING\\",\\"INCOME\\"]","type":"Json"},
                 "assessmentNote":{"value":"Motiveret"}}}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 204);
        assertThat(jdbc.queryForMap("select consent, areas from trekant_adult_case where case_number = ?", caseNumber))
                .containsEntry("consent", "GIVEN").containsEntry("areas", "HOUSING,INCOME");
        assertThat(body(http().get("/api/v1/release-notifications/" + id, KRIMINALFORSORGEN)).get("status").asText())
                .isEqualTo("ACTION_TAKEN");

        String instance = assess.getProcessInstanceId();
        Job reminder = managementService.createJobQuery().processInstanceId(instance).activityId("waitForReleaseMeeting").singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(startOf(workdays.subtractWorkingDays(release, 10)));

        LocalDate later = release.plusDays(14);
        HttpResponse<String> moved = http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"expectedReleaseDate\":\"" + later + "\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        Job movedReminder = managementService.createJobQuery().processInstanceId(instance).activityId("waitForReleaseMeeting").singleResult();
        assertThat(movedReminder.getId()).isEqualTo(reminder.getId());
        assertThat(movedReminder.getDuedate()).isEqualTo(startOf(workdays.subtractWorkingDays(later, 10)));
        assertThat(runtimeService.getVariable(instance, "releaseDate")).isEqualTo(startOf(later));
        assertThat(runtimeService.getVariable(instance, "releaseDateText")).isEqualTo(ReleaseClock.danish(later));
        assertThat(jdbc.queryForObject("select release_date from trekant_adult_case where case_number = ?", LocalDate.class, caseNumber))
                .isEqualTo(later);
        // The same change again changes nothing.
        assertThat(http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"expectedReleaseDate\":\"" + later + "\"}").statusCode()).isEqualTo(200);

        // The reminder fires: the release meeting is due by the release; a later move moves its due date.
        managementService.executeJob(movedReminder.getId());
        Task plan = task(caseNumber, "planReleaseMeeting");
        assertThat(plan.getDueDate()).isEqualTo(startOf(later));
        LocalDate earlier = release.minusDays(7);
        assertThat(http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"expectedReleaseDate\":\"" + earlier + "\"}").statusCode()).isEqualTo(200);
        assertThat(task(caseNumber, "planReleaseMeeting").getDueDate()).isEqualTo(startOf(earlier));

        taskService.complete(plan.getId(), Map.of("releaseMeetingDate", "2027-01-10T10:00", "releaseMeetingPlace", "Fængslet"));
        List<Task> areas = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("coordinateArea").list();
        assertThat(areas).extracting(Task::getName).containsExactlyInAnyOrder("Koordinér: bolig", "Koordinér: forsørgelse");
        for (Task area : areas) {
            taskService.setAssignee(area.getId(), "koordinator");
            taskService.complete(area.getId(), Map.of("areaOutcome", "ARRANGED", "areaNote", "Aftale med jobcentret"));
        }
        assertThat(jdbc.queryForList("select o.area from trekant_adult_area_outcome o join trekant_adult_case c on c.id = o.case_id "
                + "where c.case_number = ? order by o.area", String.class, caseNumber)).containsExactly("HOUSING", "INCOME");
        assertThat((String) runtimeService.getVariable(instance, "coordinationSummary"))
                .isEqualTo("Bolig: aftalt – Aftale med jobcentret\nForsørgelse: aftalt – Aftale med jobcentret");
    }

    @Test
    void aCancelledReleaseEndsTheCase() throws Exception {
        String reference = reference();
        String id = body(http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference, adultCpr(3, 203), LocalDate.now(ZONE).plusDays(30)))).get("id").asText();
        String caseNumber = caseNumberOfReferral(id);

        HttpResponse<String> cancelled = http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"cancelled\":true,\"cancellationReason\":\"NY_DOM\"}");
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(body(cancelled).get("status").asText()).isEqualTo("CANCELLED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(jdbc.queryForMap("select status, outcome, retention_until from trekant_adult_case where case_number = ?",
                caseNumber)).containsEntry("status", "CLOSED").containsEntry("outcome", "CANCELLED")
                .satisfies(row -> assertThat(row.get("retention_until")).isNotNull());
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId("caseClosedCancelled")
                .processInstanceId(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                        .singleResult().getId()).count()).isEqualTo(1);

        assertThat(http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"cancelled\":true,\"cancellationReason\":\"NY_DOM\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> tooLate = http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"expectedReleaseDate\":\"" + LocalDate.now(ZONE).plusDays(40) + "\"}");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(tooLate.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(http().putJson("/api/v1/release-notifications/no-such-reference", KRIMINALFORSORGEN,
                "{\"cancelled\":true,\"cancellationReason\":\"ANDET\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void aNewNoticeOrPoliceNotificationForThePersonJoinsTheOpenAdultCase() throws Exception {
        String cpr = adultCpr(4, 204);
        String first = body(http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference(), cpr, LocalDate.now(ZONE).plusDays(50)))).get("id").asText();
        String caseNumber = caseNumberOfReferral(first);
        long cases = count("trekant_adult_case");

        LocalDate newDate = LocalDate.now(ZONE).plusDays(70);
        HttpResponse<String> second = http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                notice(reference(), cpr, newDate));
        assertThat(second.statusCode()).isEqualTo(201);
        HttpResponse<String> police = http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("POL-" + UUID.randomUUID(), cpr, "VOLD", "MISTAENKT", IntakeApiTest.yesterday()));
        assertThat(police.statusCode()).isEqualTo(201);
        assertThat(body(police).get("status").asText()).isEqualTo("RECEIVED");
        assertThat(body(http().get("/api/v1/section115-notifications/" + body(police).get("id").asText(), POLICE))
                .get("status").asText()).isEqualTo("UNDER_ASSESSMENT");

        assertThat(count("trekant_adult_case")).isEqualTo(cases);
        assertThat(caseNumberOfReferral(body(second).get("id").asText())).isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("select c.case_number from trekant_adult_case c join trekant_adult_referral r on r.case_id = c.id "
                + "where r.incident_id = ?", String.class, UUID.fromString(body(police).get("id").asText()))).isEqualTo(caseNumber);
        List<String> tasks = new ArrayList<>();
        taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().forEach(t -> tasks.add(t.getTaskDefinitionKey()));
        assertThat(tasks).containsExactlyInAnyOrder("assessAdultReferral", "assessNewAdultReferral", "assessNewAdultReferral");
        // The case follows the newer release notice; the police notification keeps that date.
        String instance = task(caseNumber, "assessAdultReferral").getProcessInstanceId();
        assertThat(runtimeService.getVariable(instance, "releaseDate")).isEqualTo(startOf(newDate));
        assertThat((String) runtimeService.getVariable(instance, "referralSummary")).startsWith("§115-underretning fra politiet");
    }

    @Test
    void aPoliceNotificationAboutAnAdultStartsAnAdultCase() throws Exception {
        String cpr = adultCpr(5, 205);
        HttpResponse<String> sent = http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("POL-" + UUID.randomUUID(), cpr, "NARKO", "SIGTET", IntakeApiTest.yesterday()));
        assertThat(sent.statusCode()).isEqualTo(201);
        String incident = body(sent).get("id").asText();
        String caseNumber = jdbc.queryForObject("select c.case_number from trekant_adult_case c join trekant_adult_referral r "
                + "on r.case_id = c.id where r.incident_id = ?", String.class, UUID.fromString(incident));
        Task assess = task(caseNumber, "assessAdultReferral");
        assertThat(runtimeService.getVariables(assess.getProcessInstanceId())).containsEntry("releaseDate", null)
                .containsEntry("personAge", 28).doesNotContainKey("youthName");

        taskService.complete(assess.getId(), Map.of("consent", "REFUSED", "assessmentNote", "Ønsker ikke forløb"));
        assertThat(jdbc.queryForMap("select status, outcome, retention_until from trekant_adult_case where case_number = ?", caseNumber))
                .containsEntry("status", "CLOSED").containsEntry("outcome", "NO_CONSENT")
                .containsEntry("retention_until", java.sql.Date.valueOf(LocalDate.now(ZONE).plusYears(2)));
        assertThat(body(http().get("/api/v1/section115-notifications/" + incident, POLICE)).get("status").asText())
                .isEqualTo("CLOSED");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        long referrals = count("trekant_adult_referral");
        long persons = count("trekant_youth");
        String cpr = adultCpr(6, 206);
        LocalDate release = LocalDate.now(ZONE).plusDays(20);
        record Case(String body, String field) {
        }
        String good = notice("REF-X", cpr, release);
        List<Case> cases = List.of(
                new Case(notice(reference(), cpr, LocalDate.now(ZONE).minusDays(1)), "expectedReleaseDate"),
                new Case(good.replace("\"FAENGSEL\"", "\"SLOT\""), "institutionKind"),
                new Case(good.replace("\"PROEVELOESLADELSE\"", "\"FERIE\""), "reasonCategory"),
                new Case(good.replace("\"given\":true,", ""), "consent.given"),
                new Case(good.replace(",\"recordedOn\":\"" + LocalDate.now(ZONE).minusDays(2) + "\"", ""), "consent.recordedOn"),
                new Case(good.replace("\"consent\":{\"given\":true,\"recordedOn\":\"" + LocalDate.now(ZONE).minusDays(2) + "\"},", ""),
                        "consent"),
                new Case(good.replace(LocalDate.now(ZONE).minusDays(2).toString(), LocalDate.now(ZONE).plusDays(2).toString()),
                        "consent.recordedOn"),
                new Case(good.replace(cpr, "310298-1234"), "person.cpr"),
                new Case(good.replace("\"REF-X\"", "\"KRF/2026/1\""), "reference"),
                new Case(good.replace("\"Statsfængslet Østjylland\"", "\"\""), "institutionName"),
                new Case(good.replace("\"Voksen\"", "\"V\\u0000\""), "person.lastName"),
                new Case(good.replace("\"description\"", "\"unknownField\":1,\"description\""), "unknownField"));
        for (Case bad : cases) {
            HttpResponse<String> response = http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN, bad.body());
            assertThat(response.statusCode()).as(bad.field() + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
            List<String> fields = new ArrayList<>();
            body(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(response.body()).contains(bad.field());
            assertThat(response.body()).doesNotContain(cpr);
        }
        assertThat(count("trekant_adult_referral")).isEqualTo(referrals);
        assertThat(count("trekant_youth")).isEqualTo(persons);

        String reference = reference();
        http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN, notice(reference, cpr, release));
        List<Case> changes = List.of(
                new Case("{\"expectedReleaseDate\":\"" + LocalDate.now(ZONE).minusDays(1) + "\"}", "expectedReleaseDate"),
                new Case("{\"cancelled\":true}", "cancellationReason"),
                new Case("{\"cancelled\":true,\"cancellationReason\":\"ANDET\",\"expectedReleaseDate\":\"" + release + "\"}",
                        "expectedReleaseDate"),
                new Case("{}", "expectedReleaseDate"),
                new Case("{\"cancelled\":false,\"cancellationReason\":\"ANDET\",\"expectedReleaseDate\":\"" + release + "\"}",
                        "cancellationReason"),
                new Case("{\"cancelled\":true,\"cancellationReason\":\"MAANEN\"}", "cancellationReason"));
        for (Case bad : changes) {
            HttpResponse<String> response = http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN, bad.body());
            assertThat(response.statusCode()).as(bad.body() + ": " + response.body()).isEqualTo(400);
            List<String> fields = new ArrayList<>();
            body(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
            assertThat(fields).as(response.body()).contains(bad.field());
        }
        assertThat(jdbc.queryForMap("select expected_release_date, cancelled_at from trekant_adult_referral where partner_reference = ?",
                reference)).containsEntry("expected_release_date", java.sql.Date.valueOf(release)).containsEntry("cancelled_at", null);
    }
}
