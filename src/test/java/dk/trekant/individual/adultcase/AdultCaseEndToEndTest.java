package dk.trekant.individual.adultcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.support.CamundaCprScan;
import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PostgresTest;
import dk.trekant.support.TasklistClient;

/**
 * The adult case end to end on PostgreSQL, as its users drive it: Kriminalforsorgen sends a release
 * notice and later moves the date, the coordinator records the person's consent in Tasklist, plans
 * the release meeting when reminded, coordinates housing and job, holds the coordination meeting,
 * follows up and closes.
 */
@PostgresTest
class AdultCaseEndToEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    static final String KRIMINALFORSORGEN = Http.bearer("demo-kriminalforsorgen");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
    static final String FOREBYGGER = Http.basic("forebygger", "forebygger");
    static final String ADMIN = Http.basic("admin", "admin");
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    WorkingDayCalendar workdays;

    Http http() {
        return new Http(port);
    }

    TasklistClient tasklist() {
        return new TasklistClient(http(), managementService);
    }

    @Test
    void fromReleaseNoticeToClosedCase() throws Exception {
        String cpr = "230597-1357";
        String reference = "KRF-E2E-1";
        LocalDate release = LocalDate.now(ZONE).plusDays(45);
        JsonNode receipt = TasklistClient.read(http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                AdultIntakeApiTest.notice(reference, cpr, release)));
        String receiptId = receipt.get("id").asText();
        String caseNumber = jdbc.queryForObject("select c.case_number from trekant_adult_case c join trekant_adult_referral r "
                + "on r.case_id = c.id where r.id = ?", String.class, UUID.fromString(receiptId));

        // The coordinator sees the assessment; the preventer does not.
        JsonNode assess = tasklist().singleTask(KOORDINATOR, caseNumber, "assessAdultReferral");
        assertThat(tasklist().tasks(FOREBYGGER, caseNumber)).isEmpty();
        JsonNode form = TasklistClient.read(http().get("/engine-rest/task/" + assess.get("id").asText() + "/form-variables", KOORDINATOR));
        assertThat(form.get("personName").get("value").asText()).isEqualTo("Test Voksen");
        assertThat(form.toString()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        assertThat(status(receiptId)).isEqualTo("UNDER_ASSESSMENT");

        String claim = "/engine-rest/task/" + assess.get("id").asText() + "/claim";
        assertThat(http().postJson(claim, KOORDINATOR, "{\"userId\":\"koordinator\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = http().postJson("/engine-rest/task/" + assess.get("id").asText() + "/submit-form",
                KOORDINATOR, """
                {"variables":{"consent":{"value":"GIVEN"},"areas":{"value":"[\\"HOUSING\\",\\"JOB_EDUCATION\\"]","type":"Json"},
                 "assessmentNote":{"value":"Motiveret for forløb"}}}""");
        assertThat(submitted.statusCode()).as(submitted.body()).isBetween(200, 204);
        assertThat(status(receiptId)).isEqualTo("ACTION_TAKEN");

        // Kriminalforsorgen moves the release a week earlier: the reminder moves with it.
        LocalDate earlier = release.minusDays(7);
        TasklistClient.read(http().putJson("/api/v1/release-notifications/" + reference, KRIMINALFORSORGEN,
                "{\"expectedReleaseDate\":\"" + earlier + "\"}"));
        String instance = assess.get("processInstanceId").asText();
        JsonNode timers = TasklistClient.read(http().get("/engine-rest/job?timers=true&processInstanceId=" + instance, ADMIN));
        assertThat(timers).hasSize(1);
        assertThat(timers.get(0).get("dueDate").asText()).startsWith(workdays.subtractWorkingDays(earlier, 10).toString());
        execute(timers.get(0).get("id").asText());

        JsonNode plan = tasklist().singleTask(KOORDINATOR, caseNumber, "planReleaseMeeting");
        assertThat(plan.get("due").asText()).startsWith(earlier.toString());
        tasklist().complete(KOORDINATOR, plan, "koordinator", """
                {"releaseMeetingDate":{"value":"2027-01-05T10:00"},"releaseMeetingPlace":{"value":"Fængslet"}}""");

        List<JsonNode> areas = tasklist().tasks(KOORDINATOR, caseNumber);
        assertThat(areas).extracting(task -> task.get("name").asText())
                .containsExactlyInAnyOrder("Koordinér: bolig", "Koordinér: job og uddannelse");
        for (JsonNode area : areas) {
            tasklist().complete(KOORDINATOR, area, "koordinator", """
                    {"areaOutcome":{"value":"ARRANGED"},"areaNote":{"value":"Aftalt med centret"}}""");
        }
        JsonNode meeting = tasklist().singleTask(KOORDINATOR, caseNumber, "holdCoordinationMeeting");
        JsonNode meetingForm = TasklistClient.read(http().get("/engine-rest/task/" + meeting.get("id").asText() + "/form-variables",
                KOORDINATOR));
        assertThat(meetingForm.get("coordinationSummary").get("value").asText())
                .isEqualTo("Bolig: aftalt – Aftalt med centret\nJob og uddannelse: aftalt – Aftalt med centret");
        tasklist().complete(KOORDINATOR, meeting, "koordinator", """
                {"coordinationMeetingDate":{"value":"2027-01-12T10:00"},"participants":{"value":"Jobcenter, boligsocial"},
                 "agreements":{"value":"Bolig fra 1. februar"}}""");

        // Three months later: the follow-up timer fires.
        JsonNode followUpTimer = TasklistClient.read(http().get("/engine-rest/job?timers=true&processInstanceId=" + instance, ADMIN));
        assertThat(followUpTimer).hasSize(1);
        execute(followUpTimer.get(0).get("id").asText());
        tasklist().complete(KOORDINATOR, tasklist().singleTask(KOORDINATOR, caseNumber, "followUp"), "koordinator", """
                {"followUpDecision":{"value":"CLOSE"},"followUpNote":{"value":"Bolig og job på plads"}}""");

        assertThat(status(receiptId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForMap("select status, outcome, retention_until from trekant_adult_case where case_number = ?", caseNumber))
                .containsEntry("status", "CLOSED").containsEntry("outcome", "COMPLETED")
                .containsEntry("retention_until", java.sql.Date.valueOf(LocalDate.now(ZONE).plusYears(5)));
        assertThat(TasklistClient.read(http().get("/engine-rest/process-instance?businessKey=" + caseNumber, ADMIN))).isEmpty();

        // Nothing of the CPR number reached Camunda's tables.
        CamundaCprScan.assertNotInCamunda(jdbc, cpr);
    }

    @Test
    void simultaneousNoticesForANewPersonMakeOneCase() throws Exception {
        String cpr = "110496-1246";
        int clients = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String reference = "KRF-RACE-" + i;
            responses.add(pool.submit(() -> {
                go.await();
                return http().postJson("/api/v1/release-notifications", KRIMINALFORSORGEN,
                        AdultIntakeApiTest.notice(reference, cpr, LocalDate.now(ZONE).plusDays(30)));
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> response : responses) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(distinct person_id) from trekant_adult_referral where partner_reference like 'KRF-RACE-%'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct case_id) from trekant_adult_referral where partner_reference like 'KRF-RACE-%'",
                Long.class)).isEqualTo(1);
        String caseNumber = jdbc.queryForObject("select distinct c.case_number from trekant_adult_case c join trekant_adult_referral r "
                + "on r.case_id = c.id where r.partner_reference like 'KRF-RACE-%'", String.class);
        assertThat(TasklistClient.read(http().get("/engine-rest/process-instance?businessKey=" + caseNumber, ADMIN))).hasSize(1);
        // One assessment, and one "Vurdér ny henvendelse" for each later notice.
        assertThat(tasklist().tasks(KOORDINATOR, caseNumber)).hasSize(clients);
    }

    private void execute(String jobId) {
        assertThat(http().post("/engine-rest/job/" + jobId + "/execute", ADMIN, "application/json", "").statusCode()).isEqualTo(204);
    }

    private String status(String receiptId) throws Exception {
        return TasklistClient.read(http().get("/api/v1/release-notifications/" + receiptId, KRIMINALFORSORGEN)).get("status").asText();
    }
}
