package dk.trekant.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dk.trekant.support.AppNode;
import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PartnerLoad;

/**
 * Two JVMs of the packaged application on one (embedded) PostgreSQL, Camunda's own clustering:
 * partner load spread over both nodes, timers that fire exactly once across the nodes, a task made
 * on one node and claimed on the other, and kill -9 of a node under load. The two nodes are started
 * once for both tests (a start takes a minute on a loaded 2-core machine). CI runs the short form
 * (200 timers, each node killed once); {@code ./mvnw verify -Psoak} the long one (1,000 timers, five
 * kills).
 */
@ExtendWith(EmbeddedPostgres.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String KOORDINATOR = Http.basic("koordinator", "koordinator");
    private static final boolean SOAK = Boolean.getBoolean("trekant.soak");
    private static final int TIMERS = SOAK ? 1_000 : 200;
    private static final int KILL_ROUNDS = SOAK ? 5 : 2;

    @TempDir
    static Path workDir; // static: made before @BeforeAll

    private String jdbcUrl;
    private final List<AppNode> nodes = new ArrayList<>();
    private AppNode a;
    private AppNode b;

    @BeforeAll
    void twoNodesOnOneDatabase() throws Exception {
        jdbcUrl = EmbeddedPostgres.newDatabase();
        a = node("node-a").start(); // creates the schema and the demo data
        b = node("node-b").start();
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        for (AppNode node : nodes) {
            node.kill();
        }
    }

    private AppNode node(String name) throws Exception {
        AppNode node = new AppNode(name, workDir, List.of("--spring.profiles.active=postgres,demo",
                // a dead node's job locks expire after 10 s (default 5 min) so that the test need not wait
                "--camunda.bpm.job-execution.lock-time-in-millis=10000"),
                Map.of("TREKANT_DB_URL", jdbcUrl, "TREKANT_DB_USER", "postgres", "TREKANT_DB_PASSWORD", "postgres"));
        nodes.add(node);
        return node;
    }

    @Test
    @Order(1)
    void twoNodesShareIntakeTimersAndTasks() throws Exception {
        a.deploy("cluster-timer", """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://trekant.dk/test">
                  <process id="clusterTimer" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="start" />
                    <sequenceFlow id="f1" sourceRef="start" targetRef="timer" />
                    <intermediateCatchEvent id="timer"><timerEventDefinition><timeDate>${due}</timeDate></timerEventDefinition></intermediateCatchEvent>
                    <sequenceFlow id="f2" sourceRef="timer" targetRef="escalated" />
                    <userTask id="escalated" name="Eskaleret" camunda:candidateGroups="leder" />
                  </process>
                </definitions>
                """);

        // escalation timers, started on both nodes, all due during the test
        String due = DateTimeFormatter.ISO_INSTANT.format(Instant.now().plusSeconds(40).truncatedTo(ChronoUnit.SECONDS));
        ExecutorService starters = Executors.newFixedThreadPool(4);
        AtomicInteger started = new AtomicInteger();
        List<Future<?>> starting = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            starting.add(starters.submit(() -> {
                for (int i; (i = started.getAndIncrement()) < TIMERS;) {
                    AppNode on = i % 2 == 0 ? a : b;
                    HttpResponse<String> r = on.postJson("/engine-rest/process-definition/key/clusterTimer/start", AppNode.ADMIN,
                            "{\"variables\":{\"due\":{\"value\":\"" + due + "\",\"type\":\"String\"}}}");
                    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
                }
                return null;
            }));
        }

        // partner load over both nodes meanwhile
        AtomicInteger turn = new AtomicInteger();
        try (PartnerLoad load = new PartnerLoad("CL", 0)) {
            load.start(4, () -> turn.getAndIncrement() % 2 == 0 ? a : b);
            for (Future<?> f : starting) {
                f.get();
            }
            starters.shutdown();
            Thread.sleep(5_000);
            load.stop();
            assertThat(load.serverErrors).hasValue(0);
            assertThat(load.resentAnsweredWrongly).hasValue(0);
            assertThat(load.acknowledged).hasSizeGreaterThan(20);
            awaitQuiet(a, TIMERS);
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                assertIntakeConsistent(db, load.acknowledged, "CL-%");
                assertThat(count(db, "select count(*) from act_ru_task t join act_re_procdef d on d.id_ = t.proc_def_id_ "
                        + "where d.key_ = 'clusterTimer'")).as("tasks after the timers: exactly one each").isEqualTo(TIMERS);
                assertThat(count(db, "select count(*) from act_hi_actinst where act_id_ = 'timer' and end_time_ is not null"))
                        .isEqualTo(TIMERS);
                Map<String, Long> byNode = perNode(db);
                System.out.println("timers fired per node: " + byNode);
                assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(TIMERS);
            }
        }

        // a task made on one node is claimed on the other and seen claimed on the first
        HttpResponse<String> tasks = a.get("/engine-rest/task?taskDefinitionKey=assessCase&unassigned=true&maxResults=1", KOORDINATOR);
        String taskId = tasks.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> claim = b.postJson("/engine-rest/task/" + taskId + "/claim", KOORDINATOR, "{\"userId\":\"koordinator\"}");
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
        assertThat(a.get("/engine-rest/task/" + taskId, KOORDINATOR).body()).contains("\"assignee\":\"koordinator\"");
    }

    @Test
    @Order(2)
    void killNineOfANodeUnderLoadLosesNothingAndTheJobsCarryOn() throws Exception {
        AppNode[] both = {a, b};
        AtomicReference<AppNode> down = new AtomicReference<>();
        AtomicInteger turn = new AtomicInteger();
        // Paced (4 clients, ≤ 40/s; ≤ 16/s in the short form): answered at once, the routing keeps up between
        // kills on a 2-core machine.
        try (PartnerLoad load = new PartnerLoad("KILL", 5_000).pacedAt(SOAK ? 100 : 250)) {
            load.start(4, () -> {
                AppNode next = both[turn.getAndIncrement() % 2];
                return next == down.get() ? both[turn.getAndIncrement() % 2] : next;
            });
            for (int round = 0; round < KILL_ROUNDS; round++) {
                Thread.sleep(3_000);
                AppNode victim = both[round % 2];
                down.set(victim);
                victim.kill();
                Thread.sleep(1_000); // the other node goes on alone
                victim.start();
                down.set(null);
                System.out.printf("kill -9 round %d (%s): %d notifications answered 2xx so far%n", round, victim.name(),
                        load.acknowledged.size());
            }
            Thread.sleep(2_000);
            load.stop();
            assertThat(load.serverErrors).hasValue(0);
            assertThat(load.resentAnsweredWrongly).hasValue(0);
            awaitQuiet(a, 0);
            try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
                assertIntakeConsistent(db, load.acknowledged, "KILL-%");
                assertThat(count(db, "select count(*) from act_ru_job where lock_owner_ is not null and lock_exp_time_ < now()"))
                        .as("no lock outlives its expiry").isZero();
            }
            // every answered notification is there once (checked above for all in the database); resending one gives
            // the same receipt, on either node (a sample, so that the test stays within a few minutes)
            for (Map.Entry<String, String> ack : load.acknowledged.entrySet().stream().limit(300).toList()) {
                HttpResponse<String> again = both[ack.getKey().hashCode() & 1].postJson("/api/v1/section115-notifications",
                        AppNode.POLICE, AppNode.notification(ack.getKey(), load.youthOf.get(ack.getKey())));
                assertThat(again.statusCode()).isEqualTo(200);
                assertThat(again.body()).contains(ack.getValue());
            }
        }
    }

    /**
     * Waits until the nodes' routers have taken every notification to its case (a killed node's claims
     * run out after the lease), the job executors have run every due continuation, and the timers' tasks exist.
     */
    private void awaitQuiet(AppNode node, int timerTasks) throws Exception {
        // As long as the backlog shrinks the nodes are working; stuck is no progress for longer than a
        // routing lease plus a sweep interval plus a job lock.
        long lastProgress = System.currentTimeMillis();
        long last = Long.MAX_VALUE;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            while (true) {
                long messages = count(db, "select count(*) from act_ru_job where type_ = 'message' and retries_ > 0")
                        + count(db, "select count(*) from trekant_incident where routed_at is null");
                long timers = timerTasks == 0 ? 0 : timerTasks - count(db, "select count(*) from act_ru_task t join act_re_procdef d "
                        + "on d.id_ = t.proc_def_id_ where d.key_ = 'clusterTimer'");
                if (messages == 0 && timers <= 0) {
                    return;
                }
                if (messages + Math.max(0, timers) < last) {
                    last = messages + Math.max(0, timers);
                    lastProgress = System.currentTimeMillis();
                }
                assertThat(System.currentTimeMillis() - lastProgress).as("no progress: %d waiting (continuations and "
                        + "notifications not yet on their case), %d timers; %s", messages, timers, node.tail()).isLessThan(180_000);
                Thread.sleep(1_000);
            }
        }
    }

    /** Every answered notification is exactly one incident; at most one open case per youth; nothing half-made. */
    private static void assertIntakeConsistent(Connection db, Map<String, String> acknowledged, String like) throws Exception {
        Map<String, String> stored = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select partner_reference, cast(id as varchar) from trekant_incident where partner_reference like '" + like + "'")) {
            while (rs.next()) {
                assertThat(stored.put(rs.getString(1), rs.getString(2))).as("one incident per reference").isNull();
            }
        }
        assertThat(stored).containsAllEntriesOf(acknowledged);
        assertThat(count(db, "select count(*) from (select youth_id from trekant_youth_case where status = 'OPEN' "
                + "group by youth_id having count(*) > 1) x")).as("youths with more than one open case").isZero();
        assertThat(count(db, "select count(*) from trekant_youth_case c where c.process_instance_id is null or "
                + "(select count(*) from act_hi_procinst p where p.business_key_ = c.case_number) <> 1"))
                .as("cases without exactly one process instance").isZero();
        assertThat(count(db, "select count(*) from trekant_incident i where i.case_id is not null and not exists "
                + "(select 1 from trekant_audit_event e where e.subject = 'INCIDENT' and e.subject_id = cast(i.id as varchar))"))
                .as("incidents without their audit entry").isZero();
        assertThat(count(db, "select count(*) from act_hi_actinst where act_id_ in ('registerIncident', 'registerNewIncident') "
                + "and end_time_ is not null"))
                .as("each incident registered and triaged exactly once")
                .isEqualTo(count(db, "select count(*) from trekant_incident where case_id is not null"));
        assertThat(count(db, "select count(*) from trekant_incident where routed_at is null and partner_reference like '" + like + "'"))
                .as("notifications not taken to their case").isZero();
        assertThat(count(db, "select count(*) from trekant_incident i where i.partner_reference like '" + like + "' and "
                + "(select count(*) from trekant_audit_event e where e.subject = 'INCIDENT' and e.actor_kind = 'SYSTEM' "
                + "and e.subject_id = cast(i.id as varchar)) <> 1")).as("notifications not routed exactly once").isZero();
        assertThat(count(db, "select count(*) from act_ru_incident")).as("failed jobs").isZero();
    }

    private static Map<String, Long> perNode(Connection db) throws Exception {
        Map<String, Long> byNode = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select l.hostname_, count(*) from act_hi_job_log l join act_re_procdef d on d.id_ = l.process_def_id_ "
                        + "where d.key_ = 'clusterTimer' and l.job_state_ = 2 group by l.hostname_")) {
            while (rs.next()) {
                byNode.put(rs.getString(1), rs.getLong(2));
            }
        }
        return byNode;
    }

    private static long count(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
