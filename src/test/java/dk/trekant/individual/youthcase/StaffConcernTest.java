package dk.trekant.individual.youthcase;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/**
 * A staff member raises a concern through Tasklist's start form (the same REST call Tasklist
 * makes): the youth is found by name and date of birth, a youth case starts (or the open one
 * takes the incident), and no CPR number is ever asked for.
 */
@TrekantTest
class StaffConcernTest {

    static final String FOREBYGGER = Http.basic("forebygger", "forebygger");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;

    final ObjectMapper json = new ObjectMapper();

    static String form(String firstName, String lastName, String born, String observed, String description) {
        return """
                {"variables":{
                  "youthFirstName":{"value":"%s"},"youthLastName":{"value":"%s"},"youthDateOfBirth":{"value":"%s"},
                  "youthSchool":{"value":"Selsmoseskolen"},"observedOn":{"value":"%s"},"concernCategory":{"value":"ANDET"},
                  "concernDescription":{"value":"%s"},"knownToSocialServices":{"value":false}}}
                """.formatted(firstName, lastName, born, observed, description);
    }

    HttpResponse<String> submit(String user, String body) {
        return new Http(port).postJson("/engine-rest/process-definition/key/staffConcern/submit-form", user, body);
    }

    @Test
    void aConcernFromStaffStartsAYouthCaseAndASecondJoinsIt() throws Exception {
        String yesterday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
        HttpResponse<String> first = submit(FOREBYGGER, form("Freja", "Holm", "2011-04-03", yesterday, "Ses ofte alene sent om aftenen"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode started = json.readTree(first.body());
        String caseNumber = started.get("businessKey").asText();
        assertThat(caseNumber).matches("KPT-\\d{4}-\\d{5}");
        assertThat(started.get("ended").asBoolean()).isTrue();

        Jobs.runAsyncContinuations(managementService);
        HttpResponse<String> tasks = new Http(port).get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
                + "&processDefinitionKey=youthCase", KOORDINATOR);
        assertThat(json.readTree(tasks.body())).singleElement()
                .satisfies(task -> assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("assessCase"));
        assertThat(jdbc.queryForObject("select reported_by from trekant_incident i join trekant_youth_case c on c.id = i.case_id "
                + "where c.case_number = ?", String.class, caseNumber)).isEqualTo("forebygger");

        HttpResponse<String> second = submit(KOORDINATOR, form("freja", "HOLM", "2011-04-03", yesterday, "Igen set med ældre unge"));
        assertThat(json.readTree(second.body()).get("businessKey").asText()).isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident i join trekant_youth_case c on c.id = i.case_id "
                + "where c.case_number = ?", Long.class, caseNumber)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from trekant_youth where first_name = 'Freja' and cpr_hash is null",
                Long.class)).isEqualTo(1);
    }

    @Test
    void aDateInTheFutureIsRefusedAndNothingIsStored() {
        long incidents = jdbc.queryForObject("select count(*) from trekant_incident", Long.class);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(1).toString();
        HttpResponse<String> refused = submit(FOREBYGGER, form("Karl", "Berg", "2012-01-01", tomorrow, "Bekymring"));
        assertThat(refused.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(refused.body()).contains("fremtiden");
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident", Long.class)).isEqualTo(incidents);
    }

    @Test
    void socialServicesDoNotRaiseConcernsHere() {
        long incidents = jdbc.queryForObject("select count(*) from trekant_incident", Long.class);
        HttpResponse<String> refused = submit(Http.basic("socialraadgiver", "socialraadgiver"),
                form("Karl", "Berg", "2012-01-01", "2025-01-01", "Bekymring"));
        // they cannot even see the process definition: 404, not 403
        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident", Long.class)).isEqualTo(incidents);
    }
}
