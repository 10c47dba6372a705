package dk.trekant.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.individual.incident.IntakeApiTest;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * One pipeline for every partner intake: each kind is stored and answered with the partner's
 * request, waits as a row in the one intake queue, and reaches its process through its route after
 * the commit — also when the node stopped in between (the sweep takes it) — and a kind that cannot
 * be routed leaves the queue as a dead letter with the leader's task, like a §115 notification.
 */
@TrekantTest
class EveryIntakeThroughTheQueueTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @LocalServerPort
    int port;
    @Autowired
    IntakeRouter router;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;

    final ObjectMapper json = new ObjectMapper();

    record Intake(String kind, String path, String token, String body, String processKey) {
    }

    static Intake[] everyKind() {
        LocalDate today = LocalDate.now(ZONE);
        String cpr = String.format("%02d0398-1%03d", 11, 300 + (int) (Math.random() * 600));
        return new Intake[] {
                new Intake("INCIDENT", "/api/v1/section115-notifications", Http.bearer("demo-politi"),
                        IntakeApiTest.notification("POL-" + UUID.randomUUID(), "150612-4309", "VOLD", "MISTAENKT",
                                IntakeApiTest.yesterday()), "youthCase"),
                new Intake("RELEASE_NOTICE", "/api/v1/release-notifications", Http.bearer("demo-kriminalforsorgen"), """
                        {"reference":"KRF-%s","expectedReleaseDate":"%s","institutionKind":"FAENGSEL",
                         "institutionName":"Statsfængslet Østjylland","reasonCategory":"PROEVELOESLADELSE",
                         "consent":{"given":true,"recordedOn":"%s"},"description":"Ønsker hjælp til bolig",
                         "person":{"cpr":"%s","firstName":"Kø","lastName":"Voksen"}}"""
                        .formatted(UUID.randomUUID(), today.plusDays(60), today.minusDays(2), cpr), "adultCase"),
                new Intake("HOTSPOT_PROPOSAL", "/api/v1/hotspot-proposals", Http.bearer("demo-politi"), """
                        {"reference":"HOT-%s","areaName":"Taastrup Station","location":{"address":"Taastrup Stationsvej 1, 2630 Taastrup",
                         "latitude":55.650920,"longitude":12.299150},"reason":"Grupper af unge og uro om aftenen",
                         "timesOfDay":"Fredag og lørdag kl. 20-01","proposer":"Vicepolitiinspektør, Taastrup Politi"}"""
                        .formatted(UUID.randomUUID()), "hotspot"),
                new Intake("OUTREACH_REQUEST", "/api/v1/outreach-requests", Http.bearer("demo-arbejdsplads"), """
                        {"reference":"UDG-%s","kind":"WORKPLACE_VISIT","place":"Taastrup Bycenter",
                         "description":"Personalet er utrygt om aftenen","wantedFrom":"%s","withPolice":false}"""
                        .formatted(UUID.randomUUID(), today.plusDays(3).atStartOfDay(ZONE).toOffsetDateTime()), "outreachRequest"),
                new Intake("TEACHING_REQUEST", "/api/v1/teaching-requests", Http.bearer("demo-skole"), """
                        {"reference":"UND-%s","grade":7,"classes":2,"pupils":48,"topic":"DIGITAL_DANNELSE","wishedFrom":"%s",
                         "wishedTo":"%s","note":"Gerne om formiddagen"}"""
                        .formatted(UUID.randomUUID(), today.plusDays(7), today.plusDays(40)), "teachingRequest") };
    }

    @Test
    void everyKindIsStoredAndAnsweredThenTakenToItsProcessFromTheQueueEvenAfterAStop() throws Exception {
        for (Intake intake : everyKind()) {
            long instances = instances(intake.processKey());
            String id;
            router.stop(); // the node stops right after the partner's commit: stored and answered, not routed
            try {
                HttpResponse<String> accepted = new Http(port).postJson(intake.path(), intake.token(), intake.body());
                assertThat(accepted.statusCode()).as(intake.kind() + ": " + accepted.body()).isEqualTo(201);
                id = json.readTree(accepted.body()).get("id").asText();
            } finally {
                router.start();
            }
            assertThat(queueKind(id)).as(intake.kind()).isEqualTo(intake.kind());
            assertThat(instances(intake.processKey())).as(intake.kind() + " waits in the queue").isEqualTo(instances);

            assertThat(router.sweep(Duration.ZERO)).as(intake.kind()).isPositive();
            assertThat(queued(id)).as(intake.kind() + " left the queue with its routing").isZero();
            assertThat(instances(intake.processKey())).as(intake.kind() + " reached its process").isGreaterThan(instances);
            assertThat(router.sweep(Duration.ZERO)).as(intake.kind() + " is routed once").isZero();
        }
    }

    @Test
    void aTeachingRequestThatCannotBeRoutedBecomesTheLeadersTaskAndPrøvIgenStartsIt() throws Exception {
        Intake teaching = everyKind()[4];
        long failedBefore = router.failed();
        long instances = instances("teachingRequest");
        String id;
        String firstStatus;
        repositoryService.suspendProcessDefinitionByKey("teachingRequest");
        try {
            HttpResponse<String> accepted = new Http(port).postJson(teaching.path(), teaching.token(), teaching.body());
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
            id = json.readTree(accepted.body()).get("id").asText();
            firstStatus = json.readTree(accepted.body()).get("status").asText();
            for (int sweep = 0; sweep < 12; sweep++) {
                router.sweep(Duration.ZERO);
            }
        } finally {
            repositoryService.activateProcessDefinitionByKey("teachingRequest");
        }
        assertThat(router.failed()).isEqualTo(failedBefore + 1);
        assertThat(instances("teachingRequest")).isEqualTo(instances);
        assertThat(jdbc.queryForObject("select attempts from trekant_intake_queue where item_id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(10);
        // The school's receipt keeps its status.
        HttpResponse<String> receipt = new Http(port).get(teaching.path() + "/" + id, teaching.token());
        assertThat(json.readTree(receipt.body()).get("status").asText()).isEqualTo(firstStatus);

        Task task = taskService.createTaskQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(task.getName()).isEqualTo("Henvendelse kunne ikke fordeles");
        Map<String, Object> shown = taskService.getVariables(task.getId());
        assertThat(shown).containsEntry("intakeKind", "TEACHING_REQUEST").containsEntry("intakeSource", "Anmodning om undervisning")
                .containsEntry("routingAttempts", 10);
        assertThat((String) shown.get("failureReason")).doesNotContain("Gerne om formiddagen");

        taskService.claim(task.getId(), "leder");
        taskService.complete(task.getId(), Map.of("retryConfirmed", true));
        assertThat(queued(id)).isZero();
        assertThat(router.failed()).isEqualTo(failedBefore);
        assertThat(instances("teachingRequest")).isEqualTo(instances + 1);
    }

    long instances(String processKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey).count()
                + jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null",
                        Long.class, processKey);
    }

    String queueKind(String id) {
        return jdbc.queryForObject("select kind from trekant_intake_queue where item_id = ?", String.class, UUID.fromString(id));
    }

    long queued(String id) {
        return jdbc.queryForObject("select count(*) from trekant_intake_queue where item_id = ?", Long.class, UUID.fromString(id));
    }
}
