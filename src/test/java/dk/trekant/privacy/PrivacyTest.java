package dk.trekant.privacy;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.individual.retention.YouthCaseRetention;
import dk.trekant.support.DatabaseScan;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/** Audit trail, retention and the data subject's access: DESIGN.md 4. */
@TrekantTest
class PrivacyTest {

    static final String POLICE = Http.bearer("demo-politi");
    static final String LEDER = Http.basic("leder", "leder");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    YouthCaseRetention retention;

    final ObjectMapper json = new ObjectMapper();

    Http http() {
        return new Http(port);
    }

    /** Sends a notification with unmistakable personal data and returns the case number. */
    String notify(String reference, String cpr, String firstName, String lastName, String description) throws Exception {
        String body = """
                {"reference":"%s","occurredAt":"%s","place":"Pilegården","offenceCategory":"TYVERI","role":"MISTAENKT",
                 "description":"%s","youth":{"cpr":"%s","firstName":"%s","lastName":"%s","school":"Fløng Skole"}}
                """.formatted(reference, java.time.OffsetDateTime.now().minusDays(1).withNano(0), description, cpr, firstName, lastName);
        HttpResponse<String> response = http().postJson("/api/v1/section115-notifications", POLICE, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json.readTree(response.body()).get("id").asText();
        Jobs.runAsyncContinuations(managementService);
        return jdbc.queryForObject("select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id "
                + "where i.id = ?", String.class, UUID.fromString(id));
    }

    Task task(String caseNumber, String key) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(key).singleResult();
    }

    @Test
    void closedCasesAreDeletedOnTheirRetentionDateAndOnlyAnonymousFiguresRemain() throws Exception {
        String cpr = "080813-4777";
        String firstName = "Zakarias" + UUID.randomUUID().toString().substring(0, 6);
        String description = "Unik hændelsestekst " + UUID.randomUUID();
        String caseNumber = notify("RET-" + UUID.randomUUID(), cpr, firstName, "Bækgaard-Holm", description);
        Task assess = task(caseNumber, "assessCase");
        taskService.addComment(assess.getId(), assess.getProcessInstanceId(), "Kommentar om " + firstName);
        taskService.claim(assess.getId(), "koordinator");
        taskService.complete(assess.getId(), Map.of("decidedLevel", "GENEREL", "assessmentDecision", "NO_ACTION",
                "assessmentNote", "Notat om " + firstName));
        // no action: the coordinator sends the letter to the parents by hand and records it; then the case closes
        Task letter = task(caseNumber, "sendParentInformationLetter");
        taskService.claim(letter.getId(), "koordinator");
        taskService.complete(letter.getId(), Map.of("letterChannel", "LETTER",
                "letterSentOn", LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString()));
        LocalDate retentionUntil = jdbc.queryForObject("select retention_until from trekant_youth_case where case_number = ?",
                LocalDate.class, caseNumber);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        assertThat(retentionUntil).isEqualTo(today.plusYears(2));

        List<String> needles = List.of(firstName, description, cpr, cpr.replace("-", ""), caseNumber);
        // The day before: everything is there (and the scan finds it, so the scan itself works).
        retention.deleteDue(retentionUntil.minusDays(1));
        assertThat(DatabaseScan.find(dataSource, List.of(firstName, description)))
                .anyMatch(hit -> hit.toUpperCase().startsWith("TREKANT_YOUTH."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("TREKANT_INCIDENT."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_HI_VARINST."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_HI_COMMENT."));

        // On the date: nothing personal remains anywhere; the audit trail keeps the case number.
        assertThat(retention.deleteDue(retentionUntil)).isGreaterThanOrEqualTo(1);
        assertThat(DatabaseScan.find(dataSource, needles))
                .allMatch(hit -> hit.toUpperCase().startsWith("TREKANT_AUDIT_EVENT.CASE_NUMBER")
                        || hit.toUpperCase().startsWith("TREKANT_AUDIT_EVENT.PURPOSE"), "only the audit trail names the case")
                .noneMatch(hit -> hit.contains(firstName) || hit.contains(description) || hit.contains("4777"));
        assertThat(jdbc.queryForObject("select count(*) from trekant_case_statistic where decision = 'NO_ACTION'", Long.class))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select action from trekant_audit_event where case_number = ? order by id", String.class,
                caseNumber)).contains("CREATE", "UPDATE", "DELETE");
    }

    @Test
    void readingATaskFormIsAuditedWhetherThroughTasklistOrEngineRest() throws Exception {
        String caseNumber = notify("AUD-" + UUID.randomUUID(), "090913-4888", "Alma", "Krogh", "Tyveri fra cykelkælder");
        Task assess = task(caseNumber, "assessCase");

        HttpResponse<String> engineForm = http().get("/engine-rest/task/" + assess.getId() + "/form-variables", KOORDINATOR);
        assertThat(engineForm.statusCode()).as(engineForm.body()).isEqualTo(200);

        // Through Tasklist: the webapp's own REST API with its session and CSRF token.
        Http tasklist = http();
        assertThat(tasklist.webappLogin("tasklist", "koordinator", "koordinator").statusCode()).isEqualTo(200);
        HttpResponse<String> form = tasklist.get("/camunda/api/engine/engine/default/task/" + assess.getId() + "/form-variables", null);
        assertThat(form.statusCode()).isEqualTo(200);

        List<Map<String, Object>> reads = jdbc.queryForList(
                "select actor, purpose from trekant_audit_event where case_number = ? and action = 'READ' and subject = 'TASK'",
                caseNumber);
        assertThat(reads).hasSize(2).allSatisfy(row -> {
            assertThat(row.get("actor")).isEqualTo("koordinator");
            assertThat((String) row.get("purpose")).contains("Vurdér henvendelse").contains("form-variables");
        });

        HttpResponse<String> trail = http().get("/api/staff/cases/" + caseNumber + "/audit-trail", LEDER);
        assertThat(trail.statusCode()).isEqualTo(200);
        JsonNode events = json.readTree(trail.body());
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events.get(0).get("action").asText()).isEqualTo("CREATE");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("demo-politi");
        assertThat(trail.body()).doesNotContain("Alma").doesNotContain("090913");

        assertThat(http().get("/api/staff/cases/" + caseNumber + "/audit-trail", KOORDINATOR).statusCode()).isEqualTo(403);
        assertThat(http().get("/api/staff/cases/" + caseNumber + "/audit-trail", null).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/staff/cases/" + caseNumber + "/audit-trail", POLICE).statusCode()).isEqualTo(401);
    }

    @Test
    void aLeaderExportsEverythingHeldAboutAPersonAndTheExportIsAudited() throws Exception {
        String cpr = "101013-4999";
        String caseNumber = notify("EXP-" + UUID.randomUUID(), cpr, "Viggo", "Lund", "Hærværk på legeplads");
        HttpResponse<String> export = http().postJson("/api/staff/data-subject-exports", LEDER, "{\"cpr\":\"" + cpr + "\"}");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        JsonNode body = json.readTree(export.body());
        assertThat(body.get("person").get("cpr").asText()).isEqualTo(cpr.replace("-", ""));
        assertThat(body.get("person").get("firstName").asText()).isEqualTo("Viggo");
        assertThat(body.get("incidents").get(0).get("description").asText()).isEqualTo("Hærværk på legeplads");
        assertThat(body.get("cases").get(0).get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(body.get("cases").get(0).get("processVariables").get("youthName").asText()).isEqualTo("Viggo Lund");
        assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where action = 'EXPORT' and actor = 'leder' "
                + "and case_number = ?", Long.class, caseNumber)).isEqualTo(1);

        assertThat(http().postJson("/api/staff/data-subject-exports", KOORDINATOR, "{\"cpr\":\"" + cpr + "\"}").statusCode())
                .isEqualTo(403);
        assertThat(http().postJson("/api/staff/data-subject-exports", LEDER, "{\"cpr\":\"010101-4000\"}").statusCode())
                .isEqualTo(404);
        HttpResponse<String> invalid = http().postJson("/api/staff/data-subject-exports", LEDER, "{\"cpr\":\"999999-9999\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"cpr\"").doesNotContain("999999");
    }
}
