package dk.trekant.targeted;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PostgresTest;

/**
 * A hotspot end to end on PostgreSQL, as its users drive it: the police propose it, the leader
 * prepares it and records the lokalråd's approval in Tasklist's REST API, the period begins, a
 * preventer takes a presence shift and logs it (the hours land in the hour log), the weekly timer
 * creates the next week's shifts, the period ends, and the leader evaluates with the police and
 * closes it. The police follow the status all the way.
 */
@PostgresTest
class HotspotEndToEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    static final String POLICE = Http.bearer("demo-politi");
    static final String LEDER = Http.basic("leder", "leder");
    static final String FOREBYGGER = Http.basic("forebygger", "forebygger");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
    static final String ADMIN = Http.basic("admin", "admin");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    JsonNode read(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return json.readTree(response.body());
    }

    @Test
    void fromAPoliceProposalToAClosedEvaluation() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        JsonNode receipt = read(http().postJson("/api/v1/hotspot-proposals", POLICE, """
                {"reference":"POL-HOT-E2E-1","areaName":"Høje-Taastrup Torv","location":{"address":"Høje-Taastrup Boulevard 1"},
                 "reason":"Uro og hærværk ved busterminalen om aftenen","timesOfDay":"Fredag og lørdag kl. 20-01",
                 "proposer":"Lokalpolitiet, vicepolitiinspektør"}"""));
        String id = receipt.get("id").asText();
        assertThat(receipt.get("status").asText()).isEqualTo("PROPOSED");
        assertThat(status(id).get("status").asText()).isEqualTo("PROPOSED");

        // The leader prepares the proposal and records the lokalråd's approval; the preventers see neither task.
        assertThat(tasks(FOREBYGGER, id)).isEmpty();
        complete(LEDER, "leder", singleTask(LEDER, id, "prepareProposal"), """
                {"preparationNote":{"value":"Politiet bakker op; klubben deltager"}}""");
        JsonNode decide = singleTask(LEDER, id, "decideInLokalraad");
        complete(LEDER, "leder", decide, """
                {"lokalraadDecision":{"value":"APPROVED"},"periodFrom":{"value":"%s"},"periodTo":{"value":"%s"},
                 "shiftsPerWeek":{"value":3,"type":"Long"},"plannedShiftHours":{"value":2.5,"type":"Double"},
                 "decisionNote":{"value":"Evalueres med lokalpolitiet"}}""".formatted(today, today.plusWeeks(4)));
        JsonNode approved = status(id);
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("periodFrom").asText()).isEqualTo(today.toString());
        assertThat(approved.get("periodTo").asText()).isEqualTo(today.plusWeeks(4).toString());

        // The period begins today: its timer is due (the job executor is off in tests).
        String instance = decide.get("processInstanceId").asText();
        execute(timer(instance, "waitForPeriodStart"));
        assertThat(status(id).get("status").asText()).isEqualTo("ACTIVE");

        // This week's three shifts: the preventers' tasks, not the coordinator's.
        List<JsonNode> shifts = tasks(FOREBYGGER, id);
        assertThat(shifts).hasSize(3).allSatisfy(shift -> {
            assertThat(shift.get("taskDefinitionKey").asText()).isEqualTo("presenceShift");
            assertThat(shift.get("name").asText()).isEqualTo("Tryghedsskabende tilstedeværelse: Høje-Taastrup Torv");
            assertThat(shift.get("assignee").isNull()).isTrue();
        });
        assertThat(tasks(KOORDINATOR, id)).isEmpty();
        JsonNode form = read(http().get("/engine-rest/task/" + shifts.get(0).get("id").asText() + "/form-variables", FOREBYGGER));
        assertThat(form.get("shiftHours").get("value").asDouble()).isEqualTo(2.5);
        assertThat(form.get("areaName").get("value").asText()).isEqualTo("Høje-Taastrup Torv");

        String shiftId = shifts.get(0).get("id").asText();
        complete(FOREBYGGER, "forebygger", shifts.get(0), """
                {"shiftStart":{"value":"%sT00:00"},"shiftEnd":{"value":"%sT02:30"},"contactCount":{"value":11,"type":"Long"},
                 "contacts":{"value":"Gruppe af unge ved terminalen"},"observations":{"value":"Stille efter kl. 1"},
                 "policePresent":{"value":true},"guardsPresent":{"value":true}}""".formatted(today, today));
        Map<String, Object> hours = jdbc.queryForMap(
                "select staff_user, kind, source_type, source_id, hours, with_police from trekant_hour_entry where task_id = ?", shiftId);
        assertThat(hours).containsEntry("staff_user", "forebygger").containsEntry("kind", "HOTSPOT_PRESENCE")
                .containsEntry("source_type", "HOTSPOT").containsEntry("source_id", UUID.fromString(id))
                .containsEntry("with_police", true);
        assertThat((BigDecimal) hours.get("hours")).isEqualByComparingTo("2.5");
        assertThat(jdbc.queryForObject("select count(*) from trekant_hotspot_shift where hotspot_id = ?", Long.class,
                UUID.fromString(id))).isEqualTo(1);

        // A week later the weekly timer creates the next week's shifts.
        execute(timer(instance, "waitOneWeek"));
        assertThat(tasks(FOREBYGGER, id)).hasSize(5);

        // The period ends: the open shifts end with it, and the leader evaluates with the police.
        execute(timer(instance, "periodEnded"));
        assertThat(status(id).get("status").asText()).isEqualTo("EVALUATED");
        assertThat(tasks(FOREBYGGER, id)).isEmpty();
        JsonNode evaluate = singleTask(LEDER, id, "evaluateHotspot");
        JsonNode evaluation = read(http().get("/engine-rest/task/" + evaluate.get("id").asText() + "/form-variables", LEDER));
        assertThat(evaluation.get("periodSummary").get("value").asText()).isEqualTo("1 vagt, 2,50 timer, 11 kontakter; politi til stede på 1 og vægtere på 1 af dem");
        complete(LEDER, "leder", evaluate, """
                {"policeInput":{"value":"Færre anmeldelser i perioden"},"evaluationNote":{"value":"Målet er nået"},
                 "evaluationDecision":{"value":"CLOSE"}}""");

        JsonNode closed = status(id);
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.toString()).doesNotContain("Gruppe af unge").doesNotContain("Færre anmeldelser")
                .doesNotContain("forebygger");
        assertThat(jdbc.queryForList("select kind from trekant_hotspot_decision where hotspot_id = ? order by decided_at",
                String.class, UUID.fromString(id))).containsExactly("APPROVED", "CLOSED");
        assertThat(jdbc.queryForObject("select police_input from trekant_hotspot_decision where hotspot_id = ? and kind = 'CLOSED'",
                String.class, UUID.fromString(id))).isEqualTo("Færre anmeldelser i perioden");
        assertThat(jdbc.queryForObject("select closed_at is not null from trekant_hotspot where id = ?", Boolean.class,
                UUID.fromString(id))).isTrue();
        assertThat(read(http().get("/engine-rest/process-instance?businessKey=" + id, ADMIN))).isEmpty();
    }

    private JsonNode status(String id) throws Exception {
        return read(http().get("/api/v1/hotspot-proposals/" + id, POLICE));
    }

    private String timer(String instance, String activityId) throws Exception {
        JsonNode jobs = read(http().get("/engine-rest/job?timers=true&processInstanceId=" + instance + "&activityId=" + activityId,
                ADMIN));
        assertThat(jobs).as(activityId).hasSize(1);
        return jobs.get(0).get("id").asText();
    }

    private void execute(String jobId) {
        HttpResponse<String> executed = http().post("/engine-rest/job/" + jobId + "/execute", ADMIN, "application/json", "");
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(204);
    }

    private List<JsonNode> tasks(String user, String hotspotId) throws Exception {
        List<JsonNode> tasks = new ArrayList<>();
        read(http().get("/engine-rest/task?processInstanceBusinessKey=" + hotspotId, user)).forEach(tasks::add);
        return tasks;
    }

    private JsonNode singleTask(String user, String hotspotId, String taskKey) throws Exception {
        List<JsonNode> matching = tasks(user, hotspotId).stream()
                .filter(task -> task.get("taskDefinitionKey").asText().equals(taskKey)).toList();
        assertThat(matching).as(taskKey).hasSize(1);
        return matching.get(0);
    }

    private void complete(String user, String userId, JsonNode task, String variables) {
        String id = task.get("id").asText();
        assertThat(http().postJson("/engine-rest/task/" + id + "/claim", user, "{\"userId\":\"" + userId + "\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> done = http().postJson("/engine-rest/task/" + id + "/complete", user,
                "{\"variables\":" + variables + "}");
        assertThat(done.statusCode()).as(done.body()).isBetween(200, 204);
    }
}
