package dk.trekant.individual.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.intake.IntakeRouter;
import dk.trekant.intake.Receipt;
import dk.trekant.intake.ReceiptStatus;
import dk.trekant.partner.Partner;
import dk.trekant.partner.PartnerService;
import dk.trekant.privacy.Cpr;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * The router that takes a partner's stored notification to its case: what a node left unrouted
 * (stopped or killed between the partner's commit and the routing) is routed by the sweep, and
 * two routers racing for the same incidents (two nodes) route each exactly once.
 */
@TrekantTest
class IncidentRoutingTest {

    @Autowired
    IntakeService intake;
    @Autowired
    IntakeRouter router;
    @Autowired
    PartnerService partners;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @LocalServerPort
    int port;

    @Test
    void anIncidentLeftUnroutedIsTakenToItsCaseByTheSweepExactlyOnce() {
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        IntakeService.Intake stored = storedOnly(notification(police, "ROUTER-" + UUID.randomUUID(), "150612-4301"));

        UUID id = stored.receipt().id();
        assertThat(stored.receipt().status()).isEqualTo(ReceiptStatus.RECEIVED);
        assertThat(routedAt(id)).isNull();
        assertThat(router.unrouted()).isPositive();
        assertThat(intake.receipt(police, id, IncidentSource.SECTION_115)).get()
                .extracting(Receipt::status).isEqualTo(ReceiptStatus.RECEIVED);

        // A sweep with a grace leaves a fresh incident to the worker of the node that received it.
        router.sweep(Duration.ofMinutes(5));
        assertThat(routedAt(id)).isNull();

        assertThat(router.sweep(Duration.ZERO)).isPositive();
        assertThat(routedAt(id)).isNotNull();
        assertThat(router.sweep(Duration.ZERO)).isZero();
        assertThat(router.unrouted()).isZero();
        String caseNumber = caseNumberOf(id);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("youthCase")
                .processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
        assertThat(intake.receipt(police, id, IncidentSource.SECTION_115)).get()
                .extracting(Receipt::status).isEqualTo(ReceiptStatus.UNDER_ASSESSMENT);
        // The partner's entry (no case yet) and the router's entry (with the case) are both in the audit trail.
        assertThat(jdbc.queryForList("select actor_kind from trekant_audit_event where subject = 'INCIDENT' and subject_id = ? "
                + "order by id", String.class, id.toString())).containsExactly("PARTNER", "SYSTEM");
        assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where subject_id = ? and case_number = ?",
                Long.class, id.toString(), caseNumber)).isEqualTo(1);
    }

    @Test
    void anIncidentClaimedByAnotherRouterIsLeftAloneUntilItsLeaseRunsOut() {
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        UUID id = storedOnly(notification(police, "LEASE-" + UUID.randomUUID(), "160612-4302")).receipt().id();
        // Another node claimed it a moment ago and is routing it (or has just died doing so).
        jdbc.update("update trekant_intake_queue set claim = 'other-node', claimed_at = ? where item_id = ?",
                java.sql.Timestamp.from(Instant.now()), id);
        assertThat(router.sweep(Duration.ZERO)).isZero();
        assertThat(router.routeBatch(List.of(id))).isZero();
        assertThat(routedAt(id)).isNull();

        jdbc.update("update trekant_intake_queue set claimed_at = ? where item_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(2, ChronoUnit.MINUTES)), id);
        assertThat(router.sweep(Duration.ZERO)).isEqualTo(1);
        assertThat(routedAt(id)).isNotNull();
        assertThat(caseNumberOf(id)).isNotNull();
    }

    @Test
    void twoRoutersRacingForTheSameIncidentsRouteEachOnce() throws Exception {
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // 8 youths, 3 incidents each: the first starts the case, the others join it.
            String cpr = String.format("%02d0712-4%03d", 1 + i % 8, 400 + i % 8);
            ids.add(storedOnly(notification(police, "RACE-" + UUID.randomUUID(), cpr)).receipt().id());
        }
        ExecutorService nodes = Executors.newFixedThreadPool(3);
        try {
            List<UUID> reversed = new ArrayList<>(ids);
            Collections.reverse(reversed);
            List<Callable<Integer>> routers = List.of(() -> router.routeBatch(ids), () -> router.routeBatch(reversed),
                    () -> router.sweep(Duration.ZERO));
            int routed = 0;
            for (Future<Integer> done : nodes.invokeAll(routers)) {
                routed += done.get();
            }
            assertThat(routed).isEqualTo(ids.size());
        } finally {
            nodes.shutdown();
        }
        for (UUID id : ids) {
            assertThat(routedAt(id)).isNotNull();
            assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where subject_id = ? and actor_kind = 'SYSTEM'",
                    Long.class, id.toString())).isEqualTo(1);
        }
        List<String> caseNumbers = ids.stream().map(this::caseNumberOf).distinct().toList();
        assertThat(caseNumbers).hasSize(8);
        for (String caseNumber : caseNumbers) {
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                    where p.business_key_ = ? and a.act_id_ in ('registerIncident', 'registerNewIncident')""",
                    Long.class, caseNumber)).isEqualTo(3);
        }
    }

    @Test
    void aYouthWithThirtyLongNotificationsHasThemAllOnOneCase() throws Exception {
        LongCaseHistory.thirtyLongNotificationsReachOneCase(new Http(port), jdbc, router, "300612-4301", true);
    }

    @Test
    void anIncidentThatFailsEveryAttemptBecomesALeadersTaskAndHoldsUpNoOther() {
        UUID police = partners.byName("demo-politi").map(Partner::getId).orElseThrow();
        String cpr = "010212-4321";
        long failedBefore = router.failed();
        UUID first;
        // Routing fails while a new youth case cannot be started (its definition suspended).
        repositoryService.suspendProcessDefinitionByKey("youthCase");
        try {
            first = intake.accept(notification(police, "FAIL-" + UUID.randomUUID(), cpr)).receipt().id();
            for (int sweep = 0; sweep < 12; sweep++) {
                router.sweep(Duration.ZERO);
            }
        } finally {
            repositoryService.activateProcessDefinitionByKey("youthCase");
        }
        assertThat(routedAt(first)).isNull();
        assertThat(jdbc.queryForObject("select attempts from trekant_intake_queue where item_id = ?", Integer.class, first))
                .as("no attempt after the last").isEqualTo(10);
        assertThat(router.failed()).isEqualTo(failedBefore + 1);
        assertThat(intake.receipt(police, first, IncidentSource.SECTION_115)).get()
                .extracting(Receipt::status).isEqualTo(ReceiptStatus.RECEIVED);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(first.toString()).singleResult();
        assertThat(task.getName()).isEqualTo("Henvendelse kunne ikke fordeles");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).taskCandidateGroup("leder").count()).isEqualTo(1);
        Map<String, Object> shown = taskService.getVariables(task.getId());
        assertThat((String) shown.get("failureReason")).startsWith("Sagens proces kunne ikke startes eller fortsættes.")
                .contains("Teknisk: ").doesNotContain("Router").doesNotContain(cpr);
        assertThat(shown).containsEntry("intakeSource", "§115-underretning fra politiet").containsEntry("routingAttempts", 10);
        Http http = new Http(port);
        assertThat(http.get("/actuator/health/intake", Http.basic("admin", "admin")).body())
                .contains("\"status\":\"UP\"").contains("\"failed\":" + (failedBefore + 1));
        assertThat(http.get("/actuator/prometheus", Http.basic("admin", "admin")).body())
                .contains("trekant_intake_failed " + (failedBefore + 1) + ".0");

        // The same youth's next notification is not held up: it starts the youth's case.
        UUID second = intake.accept(notification(police, "FAIL-" + UUID.randomUUID(), cpr)).receipt().id();
        assertThat(routedAt(second)).isNotNull();
        assertThat(routedAt(first)).isNull();

        // The leader's "Prøv igen" takes the first to the youth's case, now open.
        taskService.claim(task.getId(), "leder");
        taskService.complete(task.getId(), Map.of("retryConfirmed", true));
        assertThat(routedAt(first)).isNotNull();
        assertThat(caseNumberOf(first)).isEqualTo(caseNumberOf(second));
        assertThat(router.failed()).isEqualTo(failedBefore);
        assertThat(intake.receipt(police, first, IncidentSource.SECTION_115)).get()
                .extracting(Receipt::status).isEqualTo(ReceiptStatus.UNDER_ASSESSMENT);
        assertThat(jdbc.queryForList("select actor || ': ' || purpose from trekant_audit_event where subject in ('INCIDENT', 'INTAKE') "
                + "and subject_id = ? order by id", String.class, first.toString())).hasSize(4).endsWith(
                        "system: Henvendelse kunne ikke fordeles (10 forsøg)",
                        "leder: Henvendelse sendt til fordeling igen", "system: Hændelse ført til sag");
    }

    /** What a node has done when it stops right after the partner's commit: stored and answered, not routed. */
    private IntakeService.Intake storedOnly(NewIncident notification) {
        router.stop();
        try {
            return intake.accept(notification);
        } finally {
            router.start();
        }
    }

    private static NewIncident notification(UUID police, String reference, String cpr) {
        return NewIncident.fromPartner(IncidentSource.SECTION_115, police, "demo-politi", reference, Cpr.parse(cpr).orElseThrow(),
                "Router", "Test", null, false, Instant.now().minus(1, ChronoUnit.DAYS), "Taastrup", OffenceCategory.VOLD,
                YouthRole.MISTAENKT, "Test");
    }

    private Object routedAt(UUID id) {
        return jdbc.queryForObject("select routed_at from trekant_incident where id = ?", Object.class, id);
    }

    private String caseNumberOf(UUID id) {
        return jdbc.queryForObject("select c.case_number from trekant_youth_case c join trekant_incident i on i.case_id = c.id "
                + "where i.id = ?", String.class, id);
    }
}
