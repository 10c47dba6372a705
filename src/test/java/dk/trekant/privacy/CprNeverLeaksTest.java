package dk.trekant.privacy;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.trekant.support.DatabaseScan;
import dk.trekant.support.Http;
import dk.trekant.support.Jobs;
import dk.trekant.support.TrekantTest;

/**
 * CPR numbers are kept only encrypted and as a keyed hash: after notifications, concerns, a weekly
 * list, rejected input, a case taken through assessment and handover, and a data-subject export,
 * no CPR number (with or without dash) is found in any table — Trekant's or Camunda's ACT_* —
 * in the log output, or in any answer but the export itself.
 */
@TrekantTest
@ExtendWith(OutputCaptureExtension.class)
class CprNeverLeaksTest {

    static final String POLICE = Http.bearer("demo-politi");
    static final List<String> CPRS = List.of("111213-4321", "121213-4432", "131213-4543", "141213-4654", "010190-1765",
            "151290-1876");
    static final List<String> INVALID = List.of("311113-4876", "999913-4987");

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    final List<HttpResponse<String>> answers = new ArrayList<>();

    HttpResponse<String> post(String path, String token, String body) {
        HttpResponse<String> response = new Http(port).postJson(path, token, body);
        answers.add(response);
        return response;
    }

    static String notification(String reference, String cpr) {
        return """
                {"reference":"%s","occurredAt":"%s","offenceCategory":"VOLD","role":"MISTAENKT","description":"Slagsmål",
                 "youth":{"cpr":"%s","firstName":"Cpr","lastName":"Test"}}
                """.formatted(reference, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0), cpr);
    }

    static List<String> variants(List<String> cprs) {
        List<String> all = new ArrayList<>();
        for (String cpr : cprs) {
            all.add(cpr);
            all.add(cpr.replace("-", ""));
        }
        return all;
    }

    @Test
    void noCprNumberIsStoredLoggedOrAnsweredInClearText(CapturedOutput output) throws Exception {
        assertThat(post("/api/v1/section115-notifications", POLICE, notification("CPR-1", CPRS.get(0))).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/section115-notifications", POLICE, notification("CPR-1", CPRS.get(0))).statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/section115-notifications", POLICE, notification("CPR-2", CPRS.get(1).replace("-", "")))
                .statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/section115-notifications", POLICE, notification("CPR-ADULT", CPRS.get(4))).statusCode())
                .isEqualTo(201);
        post("/api/v1/section115-notifications/batches", POLICE, "{\"items\":[" + notification("CPR-3", CPRS.get(2)) + ","
                + notification("CPR-BAD-1", INVALID.get(0)) + "," + notification("CPR-4", CPRS.get(3)) + "]}");
        assertThat(post("/api/v1/section115-notifications", POLICE, notification("CPR-BAD-2", INVALID.get(1))).statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/concerns", Http.bearer("demo-skole"), """
                {"reference":"CPR-C1","observedAt":"%s","description":"Fravær","youth":{"cpr":"%s"}}
                """.formatted(OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).withNano(0), CPRS.get(1))).statusCode()).isEqualTo(201);

        String release = """
                {"reference":"CPR-KSP-1","expectedReleaseDate":"%s","institutionKind":"FAENGSEL","institutionName":"Fængslet",
                 "reasonCategory":"ENDT_AFSONING","consent":{"given":true,"recordedOn":"%s"},
                 "person":{"cpr":"%s","firstName":"Cpr","lastName":"Voksen"}}""";
        LocalDate today = LocalDate.now();
        assertThat(post("/api/v1/release-notifications", Http.bearer("demo-kriminalforsorgen"),
                release.formatted(today.plusDays(40), today, CPRS.get(5))).statusCode()).isEqualTo(201);
        assertThat(post("/api/v1/release-notifications", Http.bearer("demo-kriminalforsorgen"),
                release.formatted(today.plusDays(40), today, INVALID.get(0)).replace("CPR-KSP-1", "CPR-KSP-BAD")).statusCode())
                .isEqualTo(400);
        // The adult case through the assessment (the areas as Tasklist sends them: Json).
        Task assessAdult = taskService.createTaskQuery().taskDefinitionKey("assessAdultReferral")
                .processVariableValueEquals("personName", "Cpr Voksen").singleResult();
        taskService.complete(assessAdult.getId(), Map.of("consent", "GIVEN", "areas",
                org.camunda.spin.Spin.JSON("[\"HOUSING\"]"), "assessmentNote", "Samtykke"));

        Jobs.runAsyncContinuations(managementService);
        // One case through assessment and handover (documents, dialogue-free path).
        Task assess = taskService.createTaskQuery().taskDefinitionKey("assessCase").processVariableValueLike("incidentSummary", "Cpr Test%")
                .list().get(0);
        taskService.claim(assess.getId(), "koordinator");
        taskService.complete(assess.getId(), Map.of("decidedLevel", "INDIVIDUEL", "assessmentDecision", "HANDOVER"));

        HttpResponse<String> export = new Http(port).postJson("/api/staff/data-subject-exports", Http.basic("leder", "leder"),
                "{\"cpr\":\"" + CPRS.get(0) + "\"}");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains(CPRS.get(0).replace("-", ""));

        List<String> needles = new ArrayList<>(variants(CPRS));
        needles.addAll(variants(INVALID));
        assertThat(DatabaseScan.find(dataSource, needles)).as("CPR numbers in the database").isEmpty();
        for (String needle : needles) {
            assertThat(output.getAll()).as("log output").doesNotContain(needle);
            for (HttpResponse<String> answer : answers) {
                assertThat(answer.body()).as("answer to " + answer.uri()).doesNotContain(needle);
            }
        }
    }
}
