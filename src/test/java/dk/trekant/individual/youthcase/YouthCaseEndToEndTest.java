package dk.trekant.individual.youthcase;

import org.camunda.bpm.engine.ManagementService;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import dk.trekant.individual.incident.IntakeApiTest;
import dk.trekant.support.CamundaCprScan;
import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PostgresTest;
import dk.trekant.support.TasklistClient;

/**
 * The youth case end to end on PostgreSQL, as its users drive it: the police send a notification,
 * the coordinator assesses it in Tasklist's REST API, a preventer holds the parent dialogue,
 * social services acknowledge the handover, the coordinator follows up and closes.
 */
@PostgresTest
class YouthCaseEndToEndTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    static final String POLICE = Http.bearer("demo-politi");
    static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
    static final String FOREBYGGER = Http.basic("forebygger", "forebygger");
    static final String SOCIALRAADGIVER = Http.basic("socialraadgiver", "socialraadgiver");
    static final String ADMIN = Http.basic("admin", "admin");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ManagementService managementService;

    Http http() {
        return new Http(port);
    }

    JsonNode read(HttpResponse<String> response) throws Exception {
        return TasklistClient.read(response);
    }

    @Test
    void fromNotificationToClosedCase() throws Exception {
        String cpr = "150612-4321";
        JsonNode receipt = read(http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("POL-E2E-1", cpr, "ROEVERI", "MISTAENKT", IntakeApiTest.yesterday())));
        String receiptId = receipt.get("id").asText();
        String caseNumber = jdbc.queryForObject(
                "select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id where i.id = ?",
                String.class, UUID.fromString(receiptId));
        assertThat(caseNumber).matches("KPT-\\d{4}-\\d{5}");

        // The coordinator sees the assessment; the preventer and social services do not.
        JsonNode assess = singleTask(KOORDINATOR, caseNumber, "assessCase");
        assertThat(tasks(FOREBYGGER, caseNumber)).isEmpty();
        assertThat(tasks(SOCIALRAADGIVER, caseNumber)).isEmpty();
        assertThat(assess.get("due").isNull()).isFalse();
        JsonNode variables = read(http().get("/engine-rest/task/" + assess.get("id").asText() + "/form-variables", KOORDINATOR));
        assertThat(variables.get("proposedLevel").get("value").asText()).isEqualTo("INDIVIDUEL");
        assertThat(variables.get("incidentSummary").get("value").asText()).contains("Slagsmål ved stationen");
        assertThat(variables.toString()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        assertThat(status(receiptId)).isEqualTo("UNDER_ASSESSMENT");

        complete(KOORDINATOR, assess, "koordinator", """
                {"decidedLevel":{"value":"INDIVIDUEL"},"assessmentDecision":{"value":"DIALOGUE_THEN_HANDOVER"},
                 "assessmentNote":{"value":"Forældresamtale og underretning"}}""");
        assertThat(status(receiptId)).isEqualTo("ACTION_TAKEN");
        assertThat(jdbc.queryForObject("select decision from trekant_youth_case where case_number = ?", String.class, caseNumber))
                .isEqualTo("DIALOGUE_THEN_HANDOVER");

        complete(FOREBYGGER, singleTask(FOREBYGGER, caseNumber, "planParentDialogue"), "forebygger", """
                {"dialogueDate":{"value":"2026-12-01T15:00"},"dialoguePlace":{"value":"Rådhuset"},
                 "plannedParticipants":{"value":"Forældre, lokalbetjent"}}""");
        complete(FOREBYGGER, singleTask(FOREBYGGER, caseNumber, "holdParentDialogue"), "forebygger", """
                {"dialogueOutcome":{"value":"CONCLUDED"},"parentsConsent":{"value":true},"youthConsent":{"value":false},
                 "consentMissingReason":{"value":"Den unge var ikke til stede"},"agreedActions":{"value":"Fritidsjob"}}""");

        assertThat(jdbc.queryForList("select d.outcome, d.parents_consent, d.youth_consent, d.held_by from trekant_parent_dialogue d "
                + "join trekant_youth_case c on c.id = d.case_id where c.case_number = ?", caseNumber))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("outcome")).isEqualTo("CONCLUDED");
                    assertThat(row.get("parents_consent")).isEqualTo(true);
                    assertThat(row.get("youth_consent")).isEqualTo(false);
                    assertThat(row.get("held_by")).isEqualTo("forebygger");
                });
        // The coordinator reviews the draft: its sections are in the form, only on the task
        assertThat(tasks(SOCIALRAADGIVER, caseNumber)).isEmpty();
        JsonNode review = singleTask(KOORDINATOR, caseNumber, "reviewHandover");
        JsonNode draft = read(http().get("/engine-rest/task/" + review.get("id").asText() + "/form-variables", KOORDINATOR));
        assertThat(draft.get("handoverObserved").get("value").asText()).contains("Slagsmål ved stationen");
        assertThat(draft.get("handoverActions").get("value").asText()).contains("Fritidsjob");
        assertThat(draft.toString()).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""));
        HttpResponse<String> blank = tasklist().submitForm(KOORDINATOR, review, "koordinator", """
                {"handoverReason":{"value":"  "},"handoverReview":{"value":"APPROVED"}}""");
        assertThat(blank.statusCode()).as("a blank section is refused").isGreaterThanOrEqualTo(400);
        assertThat(blank.body()).contains("handoverReason");
        String edited = "Teamet så selv, at drengen var bange; forældrene ønsker hjælp – æ, ø, å og é.";
        HttpResponse<String> approved = tasklist().submitForm(KOORDINATOR, review, "koordinator",
                "{\"handoverReason\":{\"value\":\"" + edited + "\"},\"handoverReview\":{\"value\":\"APPROVED\"}}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select d.status, d.section_reason, d.reviewed_by from trekant_case_document d "
                + "join trekant_youth_case c on c.id = d.case_id where c.case_number = ? and d.kind = 'HANDOVER'", caseNumber))
                .containsEntry("status", "APPROVED").containsEntry("section_reason", edited).containsEntry("reviewed_by", "koordinator");
        JsonNode processVariables = read(http().get("/engine-rest/process-instance/" + review.get("processInstanceId").asText()
                + "/variables", ADMIN));
        assertThat(processVariables.has("handoverApproved")).isTrue();
        assertThat(processVariables.toString()).doesNotContain(edited).doesNotContain("handoverObserved");

        JsonNode acknowledge = singleTask(SOCIALRAADGIVER, caseNumber, "acknowledgeHandover");
        assertThat(jdbc.queryForObject("select count(*) from trekant_case_document d join trekant_youth_case c on c.id = d.case_id "
                + "where c.case_number = ? and d.kind = 'HANDOVER'", Long.class, caseNumber)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select d.content_html from trekant_case_document d join trekant_youth_case c on c.id = d.case_id "
                + "where c.case_number = ?", String.class, caseNumber)).doesNotContain(cpr).doesNotContain(cpr.replace("-", ""))
                .contains("Barnets lov");
        // The social worker's document is the approved text, as PDF/A
        JsonNode caseFile = read(http().get("/api/staff/tasks/" + acknowledge.get("id").asText() + "/case", SOCIALRAADGIVER));
        assertThat(caseFile.get("documents")).hasSize(1);
        JsonNode document = caseFile.get("documents").get(0);
        assertThat(document.get("approval").asText()).isEqualTo("Godkendt af koordinator");
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/staff/cases/" + caseNumber + "/documents/"
                        + document.get("id").asText() + "/pdf?taskId=" + acknowledge.get("id").asText()))
                .header("Authorization", SOCIALRAADGIVER).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (org.apache.pdfbox.pdmodel.PDDocument read = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains(edited, caseNumber, "Hvad teamet har observeret", "Slagsmål ved stationen", "Fritidsjob")
                    .doesNotContain(cpr).doesNotContain(cpr.replace("-", "")).doesNotContainPattern("\\d{6}-?\\d{4}");
            assertThat(new String(read.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("pdfaid");
        }
        complete(SOCIALRAADGIVER, acknowledge, "socialraadgiver", """
                {"handoverAcknowledged":{"value":true},"receiptSentOn":{"value":"2026-11-26"}}""");
        complete(SOCIALRAADGIVER, singleTask(SOCIALRAADGIVER, caseNumber, "recordHandoverFeedback"), "socialraadgiver", """
                {"handoverFeedback":{"value":"MEASURES"}}""");

        // Three months later: the follow-up timer fires.
        JsonNode timers = read(http().get("/engine-rest/job?timers=true&processInstanceId=" + acknowledge.get("processInstanceId").asText(), ADMIN));
        assertThat(timers).hasSize(1);
        assertThat(http().post("/engine-rest/job/" + timers.get(0).get("id").asText() + "/execute", ADMIN, "application/json", "")
                .statusCode()).isEqualTo(204);

        complete(KOORDINATOR, singleTask(KOORDINATOR, caseNumber, "followUp"), "koordinator", """
                {"followUpDecision":{"value":"CLOSE"},"followUpNote":{"value":"Forløbet er afsluttet"}}""");
        assertThat(status(receiptId)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select status from trekant_youth_case where case_number = ?", String.class, caseNumber))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select retention_until from trekant_youth_case where case_number = ?", java.sql.Date.class,
                caseNumber)).isNotNull();
        assertThat(read(http().get("/engine-rest/process-instance?businessKey=" + caseNumber, ADMIN))).isEmpty();

        // Nothing of the CPR number reached Camunda's tables.
        CamundaCprScan.assertNotInCamunda(jdbc, cpr);
    }

    @Test
    void theLetterToTheParentsIsMadeAsPdfAndItsDispatchIsRecordedByHand() throws Exception {
        String cpr = "080812-4636";
        JsonNode receipt = read(http().postJson("/api/v1/section115-notifications", POLICE,
                IntakeApiTest.notification("POL-E2E-LETTER", cpr, "TYVERI", "MISTAENKT", IntakeApiTest.yesterday())));
        String caseNumber = jdbc.queryForObject(
                "select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id where i.id = ?",
                String.class, UUID.fromString(receipt.get("id").asText()));
        complete(KOORDINATOR, singleTask(KOORDINATOR, caseNumber, "assessCase"), "koordinator", """
                {"decidedLevel":{"value":"GENEREL"},"assessmentDecision":{"value":"NO_ACTION"},
                 "assessmentNote":{"value":"Første hændelse"}}""");

        // "Dan informationsbrev" made the letter as PDF/A; the coordinator sends it and records how and when
        JsonNode send = singleTask(KOORDINATOR, caseNumber, "sendParentInformationLetter");
        JsonNode caseFile = read(http().get("/api/staff/tasks/" + send.get("id").asText() + "/case", KOORDINATOR));
        JsonNode letter = caseFile.get("documents").get(0);
        assertThat(letter.get("kind").asText()).isEqualTo("Informationsbrev til forældre");
        assertThat(letter.hasNonNull("sentChannel")).isFalse();
        assertThat(jdbc.queryForObject("select pdf from trekant_case_document where id = ?", byte[].class,
                UUID.fromString(letter.get("id").asText()))).isNotEmpty();

        String tomorrow = java.time.LocalDate.now(dk.trekant.platform.time.TrekantZone.get()).plusDays(1).toString();
        HttpResponse<String> future = tasklist().submitForm(KOORDINATOR, send, "koordinator",
                "{\"letterChannel\":{\"value\":\"DIGITAL_POST\"},\"letterSentOn\":{\"value\":\"" + tomorrow + "\"}}");
        assertThat(future.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(future.body()).contains("letterSentOn", "fremtiden");
        HttpResponse<String> unknown = tasklist().submitForm(KOORDINATOR, send, "koordinator", """
                {"letterChannel":{"value":"CARRIER_PIGEON"},"letterSentOn":{"value":"2026-01-01"}}""");
        assertThat(unknown.statusCode()).isGreaterThanOrEqualTo(400);
        assertThat(unknown.body()).contains("letterChannel");
        assertThat(singleTask(KOORDINATOR, caseNumber, "sendParentInformationLetter").get("id").asText())
                .isEqualTo(send.get("id").asText());

        String today = java.time.LocalDate.now(dk.trekant.platform.time.TrekantZone.get()).toString();
        HttpResponse<String> sent = tasklist().submitForm(KOORDINATOR, send, "koordinator",
                "{\"letterChannel\":{\"value\":\"DIGITAL_POST\"},\"letterSentOn\":{\"value\":\"" + today + "\"}}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        assertThat(jdbc.queryForMap("select sent_channel, sent_on, sent_recorded_by from trekant_case_document where id = ?",
                UUID.fromString(letter.get("id").asText())))
                .containsEntry("sent_channel", "DIGITAL_POST").containsEntry("sent_recorded_by", "koordinator")
                .containsEntry("sent_on", java.sql.Date.valueOf(today));
        assertThat(jdbc.queryForObject("select status from trekant_youth_case where case_number = ?", String.class, caseNumber))
                .isEqualTo("CLOSED");
        JsonNode closed = read(http().get("/api/staff/cases/" + caseNumber, KOORDINATOR));
        assertThat(closed.get("documents").get(0).get("sentChannel").asText()).isEqualTo("e-Boks/Digital Post (sendt manuelt)");
        assertThat(closed.get("documents").get(0).get("sentOn").asText()).isEqualTo(today);
        CamundaCprScan.assertNotInCamunda(jdbc, cpr);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void simultaneousNotificationsForANewYouthMakeOneCase(CapturedOutput log) throws Exception {
        String cpr = "020713-4555";
        int clients = 8;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String reference = "POL-RACE-" + i;
            responses.add(pool.submit(() -> {
                go.await();
                return http().postJson("/api/v1/section115-notifications", POLICE,
                        IntakeApiTest.notification(reference, cpr, "VOLD", "MISTAENKT", IntakeApiTest.yesterday())
                                .replace("\"Test\"", "\"Racerbarn\"").replace("\"Barn\"", "\"Unikesen\""));
            }));
        }
        go.countDown();
        for (Future<HttpResponse<String>> response : responses) {
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(201);
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident where partner_reference like 'POL-RACE-%'", Long.class))
                .isEqualTo(clients);
        assertThat(jdbc.queryForObject("select count(distinct youth_id) from trekant_incident where partner_reference like 'POL-RACE-%'",
                Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct case_id) from trekant_incident where partner_reference like 'POL-RACE-%'",
                Long.class)).isEqualTo(1);
        String caseNumber = jdbc.queryForObject("select distinct c.case_number from trekant_youth_case c join trekant_incident i "
                + "on i.case_id = c.id where i.partner_reference like 'POL-RACE-%'", String.class);
        assertThat(read(http().get("/engine-rest/process-instance?businessKey=" + caseNumber, ADMIN))).hasSize(1);
        // One assessment of the case, and one "Vurdér ny hændelse" for each later incident.
        assertThat(tasks(KOORDINATOR, caseNumber)).hasSize(clients);
        // The requests that lost the race for the new youth met the unique key; nothing of the youth reached the log.
        assertThat(log.getAll()).doesNotContain("Unikesen").doesNotContain("Racerbarn").doesNotContain("2013-07-02")
                .doesNotContain("020713");
    }

    private String status(String receiptId) throws Exception {
        return read(http().get("/api/v1/section115-notifications/" + receiptId, POLICE)).get("status").asText();
    }

    private List<JsonNode> tasks(String user, String caseNumber) throws Exception {
        return tasklist().tasks(user, caseNumber);
    }

    private JsonNode singleTask(String user, String caseNumber, String taskKey) throws Exception {
        return tasklist().singleTask(user, caseNumber, taskKey);
    }

    private void complete(String user, JsonNode task, String userId, String variables) {
        tasklist().complete(user, task, userId, variables);
    }

    private TasklistClient tasklist() {
        return new TasklistClient(http(), managementService);
    }
}
