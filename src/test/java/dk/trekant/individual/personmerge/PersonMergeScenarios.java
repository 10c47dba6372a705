package dk.trekant.individual.personmerge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.individual.incident.IntakeApiTest;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;

/**
 * Merging two records of one person through {@code POST /api/staff/person-merges}: a youth registered
 * by staff (no CPR number) and the same youth registered from a police notification, each with an
 * open case. Run on H2 ({@link PersonMergeApiTest}) and on PostgreSQL ({@link PersonMergePostgresTest}).
 */
abstract class PersonMergeScenarios {

    static final String POLICE = Http.bearer("demo-politi");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
    static final String FOREBYGGER = Http.basic("forebygger", "forebygger");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    final ObjectMapper json = new ObjectMapper();
    final Random random = new Random();

    /** One youth twice: registered by staff (no CPR) and by the police (with CPR), each with an open case. */
    record Twins(String cpr, UUID staffPerson, String staffCase, UUID policePerson, String policeCase) {
    }

    Twins twins() throws Exception {
        int month = 7 + random.nextInt(3);
        int day = 1 + random.nextInt(28);
        String cpr = String.format("%02d%02d12-4%03d", day, month, random.nextInt(1000));
        String lastName = "Flet" + letters(8);
        String born = String.format("2012-%02d-%02d", month, day);
        HttpResponse<String> concern = http().postJson("/engine-rest/process-definition/key/staffConcern/submit-form", FOREBYGGER, """
                {"variables":{
                  "youthFirstName":{"value":"Mikkel"},"youthLastName":{"value":"%s"},"youthDateOfBirth":{"value":"%s"},
                  "youthSchool":{"value":"Selsmoseskolen"},"observedOn":{"value":"%s"},"concernCategory":{"value":"ANDET"},
                  "concernDescription":{"value":"Ses ofte alene sent om aftenen"},"knownToSocialServices":{"value":false}}}
                """.formatted(lastName, born, java.time.LocalDate.now().minusDays(1)));
        assertThat(concern.statusCode()).as(concern.body()).isEqualTo(200);
        String staffCase = json.readTree(concern.body()).get("businessKey").asText();
        HttpResponse<String> notification = http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("MERGE-" + UUID.randomUUID(), cpr, "VOLD", "MISTAENKT", IntakeApiTest.yesterday())
                        .replace("\"Test\"", "\"Mikkel\"").replace("\"Barn\"", "\"" + lastName + "\""));
        assertThat(notification.statusCode()).as(notification.body()).isEqualTo(201);
        Jobs.runAsyncContinuations(managementService);
        String policeCase = jdbc.queryForObject("select c.case_number from trekant_youth_case c join trekant_incident i "
                + "on i.case_id = c.id where i.id = ?", String.class, UUID.fromString(json.readTree(notification.body()).get("id").asText()));
        assertThat(policeCase).isNotEqualTo(staffCase);
        return new Twins(cpr, personOf(staffCase), staffCase, personOf(policeCase), policeCase);
    }

    @Test
    void theStaffRecordIsMergedIntoThePoliceRecordAndALaterNotificationFindsIt() throws Exception {
        Twins twins = twins();
        assertThat(twins.staffPerson()).isNotEqualTo(twins.policePerson());
        String staffProcess = processOf(twins.staffCase());

        HttpResponse<String> merged = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(),
                "Samme dreng: navn og fødselsdato passer, skolen bekræfter", twins.policeCase(), "Samme bekymring som politisagen");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        JsonNode result = json.readTree(merged.body());
        assertThat(result.get("incidentsMoved").asInt()).isEqualTo(1);
        assertThat(result.get("casesMoved").asInt()).isEqualTo(1);
        assertThat(result.get("closedCaseNumber").asText()).isEqualTo(twins.staffCase());
        assertThat(result.get("keptCaseNumber").asText()).isEqualTo(twins.policeCase());
        assertThat(result.get("cprTakenOver").asBoolean()).isFalse();

        // nothing lost: both incidents and both cases are the kept person's; the merged record is gone
        assertThat(count("select count(*) from trekant_incident where youth_id = ?", twins.policePerson())).isEqualTo(2);
        assertThat(count("select count(*) from trekant_youth_case where youth_id = ?", twins.policePerson())).isEqualTo(2);
        assertThat(count("select count(*) from trekant_youth where id = ?", twins.staffPerson())).isZero();
        assertThat(jdbc.queryForMap("select status, outcome, open_youth_id, retention_until from trekant_youth_case where case_number = ?",
                twins.staffCase())).containsEntry("status", "CLOSED").containsEntry("outcome", "MERGED")
                .containsEntry("open_youth_id", null).extractingByKey("retention_until").isNotNull();
        assertThat(jdbc.queryForObject("select status from trekant_youth_case where case_number = ?", String.class,
                twins.policeCase())).isEqualTo("OPEN");
        // the closed case's process instance is deleted through the public API, the reason names the kept case
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(staffProcess).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(staffProcess).singleResult()
                .getDeleteReason()).contains(twins.policeCase());

        // the merge record and the audit trail: who, when, both ids
        assertThat(jdbc.queryForMap("select kept_person_id, merged_person_id, merged_by, closed_case_number, reason "
                + "from trekant_person_merge where id = ?", UUID.fromString(result.get("mergeId").asText())))
                .containsEntry("kept_person_id", twins.policePerson()).containsEntry("merged_person_id", twins.staffPerson())
                .containsEntry("merged_by", "koordinator").containsEntry("closed_case_number", twins.staffCase());
        List<Map<String, Object>> audit = jdbc.queryForList("select actor, subject, subject_id, purpose, occurred_at "
                + "from trekant_audit_event where purpose like 'Personer flettet%' and subject_id = ?", twins.policePerson().toString());
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.get("actor")).isEqualTo("koordinator");
            assertThat(entry.get("purpose").toString()).contains(twins.staffPerson().toString(), twins.policePerson().toString());
            assertThat(entry.get("occurred_at")).isNotNull();
        });

        // merging the merged record again is a conflict
        HttpResponse<String> again = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(), "Igen", null, null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");

        // a later notification with the CPR number lands on the merged person, in the open case
        HttpResponse<String> later = http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("MERGE-LATER-" + UUID.randomUUID(), twins.cpr(), "TYVERI", "MISTAENKT",
                        IntakeApiTest.yesterday()));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        Jobs.runAsyncContinuations(managementService);
        UUID laterIncident = UUID.fromString(json.readTree(later.body()).get("id").asText());
        assertThat(jdbc.queryForMap("select i.youth_id, c.case_number from trekant_incident i join trekant_youth_case c "
                + "on c.id = i.case_id where i.id = ?", laterIncident))
                .containsEntry("youth_id", twins.policePerson()).containsEntry("case_number", twins.policeCase());
    }

    @Test
    void thePoliceRecordMergedIntoTheStaffRecordHandsOverItsCprNumber() throws Exception {
        Twins twins = twins();
        HttpResponse<String> merged = merge(Http.basic("leder", "leder"), twins.staffPerson(), twins.policePerson(),
                "Samme pige", twins.staffCase(), "Politisagen samles i medarbejdernes sag");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(201);
        assertThat(json.readTree(merged.body()).get("cprTakenOver").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select cpr_hash is not null from trekant_youth where id = ?", Boolean.class,
                twins.staffPerson())).isTrue();
        // the running case names the kept person (ids only in variables)
        assertThat(runtimeService.getVariable(processOf(twins.staffCase()), "youthId")).isEqualTo(twins.staffPerson().toString());

        HttpResponse<String> later = http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("MERGE-CPR-" + UUID.randomUUID(), twins.cpr(), "TYVERI", "MISTAENKT",
                        IntakeApiTest.yesterday()));
        assertThat(later.statusCode()).as(later.body()).isEqualTo(201);
        Jobs.runAsyncContinuations(managementService);
        assertThat(jdbc.queryForObject("select youth_id from trekant_incident where id = ?", UUID.class,
                UUID.fromString(json.readTree(later.body()).get("id").asText()))).isEqualTo(twins.staffPerson());
        assertThat(count("select count(*) from trekant_youth where cpr_hash is not null and id = ?", twins.policePerson())).isZero();
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        Twins twins = twins();
        long merges = jdbc.queryForObject("select count(*) from trekant_person_merge", Long.class);

        HttpResponse<String> noReason = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(), null, twins.policeCase(), "x");
        assertProblem(noReason, 400, "reason");
        HttpResponse<String> badId = http().postJson("/api/staff/person-merges", KOORDINATOR, """
                {"keepPersonId":"not-a-uuid","mergePersonId":"%s","reason":"Samme"}""".formatted(twins.staffPerson()));
        assertProblem(badId, 400, "keepPersonId");
        HttpResponse<String> noCaseChoice = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(), "Samme", null, null);
        assertProblem(noCaseChoice, 400, "keepCaseNumber");
        HttpResponse<String> foreignCase = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(), "Samme",
                "KPT-1999-99999", "Lukkes");
        assertProblem(foreignCase, 400, "keepCaseNumber");
        HttpResponse<String> tooLong = merge(KOORDINATOR, twins.policePerson(), twins.staffPerson(), "x".repeat(2001),
                twins.policeCase(), "Lukkes");
        assertProblem(tooLong, 400, "reason");
        assertProblem(merge(KOORDINATOR, twins.policePerson(), UUID.randomUUID(), "Samme", null, null), 404, "No such person");
        assertProblem(merge(KOORDINATOR, twins.policePerson(), twins.policePerson(), "Samme", null, null), 409, "itself");
        assertThat(merge(FOREBYGGER, twins.policePerson(), twins.staffPerson(), "Samme", twins.policeCase(), "x").statusCode())
                .isEqualTo(403);

        assertThat(jdbc.queryForObject("select count(*) from trekant_person_merge", Long.class)).isEqualTo(merges);
        assertThat(count("select count(*) from trekant_youth where id = ?", twins.staffPerson())).isEqualTo(1);
        assertThat(count("select count(*) from trekant_youth_case where youth_id = ? and status = 'OPEN'", twins.staffPerson()))
                .isEqualTo(1);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(twins.staffCase()).count()).isEqualTo(1);
    }

    private void assertProblem(HttpResponse<String> response, int status, String named) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains(named);
    }

    HttpResponse<String> merge(String user, UUID keep, UUID merge, String reason, String keepCase, String closeReason)
            throws Exception {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("keepPersonId", keep);
        body.put("mergePersonId", merge);
        body.put("reason", reason);
        body.put("keepCaseNumber", keepCase);
        body.put("closeReason", closeReason);
        return http().postJson("/api/staff/person-merges", user, json.writeValueAsString(body));
    }

    private UUID personOf(String caseNumber) {
        return jdbc.queryForObject("select youth_id from trekant_youth_case where case_number = ?", UUID.class, caseNumber);
    }

    private String processOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).processDefinitionKey("youthCase")
                .singleResult().getId();
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

    private String letters(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    Http http() {
        return new Http(port);
    }
}
