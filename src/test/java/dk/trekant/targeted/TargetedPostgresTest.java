package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.PostgresTest;
import dk.trekant.targeted.meeting.JointMeetingService;
import dk.trekant.targeted.meeting.School;

/**
 * Outreach requests and joint prevention meetings on PostgreSQL: the V10 tables as Hibernate
 * validates them, the demo data, a partner's request (idempotent), the meeting planning's unique
 * key, and a meeting's concern handed on with its details purged from Camunda's history.
 */
@PostgresTest
class TargetedPostgresTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JointMeetingService meetings;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void outreachAndMeetingsRunOnPostgres() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from trekant_school", Long.class)).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from trekant_outreach_request where partner_reference = 'DEMO-UDG-0001'",
                Long.class)).isEqualTo(1);

        Http http = new Http(port);
        String body = "{\"reference\":\"PG-1\",\"kind\":\"WORKPLACE_VISIT\",\"place\":\"Butik\",\"description\":\"Utrygt\"}";
        HttpResponse<String> first = http.postJson("/api/v1/outreach-requests", Http.bearer("demo-arbejdsplads"), body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> again = http.postJson("/api/v1/outreach-requests", Http.bearer("demo-arbejdsplads"), body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body())).isEqualTo(json.readTree(first.body()));

        School school = meetings.addSchool("PG" + UUID.randomUUID().toString().substring(0, 6), "Postgresskolen", "Klub", "Socialrådgiver",
                DayOfWeek.MONDAY, LocalTime.of(9, 0), null);
        String key = "FFM-" + school.getCode() + "-2026-09-14";
        assertThat(meetings.planMeetings(LocalDate.of(2026, 9, 7))).contains(key);
        assertThat(meetings.planMeetings(LocalDate.of(2026, 9, 7))).isEmpty();

        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
        StaffTasks tasklist = new StaffTasks(port);
        String prepare = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        tasklist.claim(prepare, "forebygger");
        tasklist.complete(prepare, "forebygger", Map.of("meetingCancelled", false));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult().getId());
        String hold = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        tasklist.claim(hold, "forebygger");
        tasklist.complete(hold, "forebygger", Map.of("topics", "Trivsel", "hours", 1, "concernCount", 1,
                "concern1FirstName", "Postgresine", "concern1LastName", "Berg", "concern1DateOfBirth", "2012-02-02",
                "concern1Text", "Bekymrende fravær"));
        Jobs.runAsyncContinuations(managementService);
        UUID meetingId = meetings.meeting(key).orElseThrow().getId();
        assertThat(meetings.caseNumbersRaised(meetingId)).singleElement().asString().matches("KPT-\\d{4}-\\d{5}");
        assertThat(jdbc.queryForObject("select count(*) from act_hi_detail where text_ = 'Postgresine'", Long.class)).isZero();
    }
}
