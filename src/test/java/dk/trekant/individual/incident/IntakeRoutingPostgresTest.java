package dk.trekant.individual.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.intake.IntakeRouter;
import dk.trekant.support.EmbeddedPostgres;
import dk.trekant.support.Http;
import dk.trekant.support.PostgresTest;

/**
 * Intake as it runs in production, on PostgreSQL: the partner's notification is committed and
 * answered, and the node's router worker takes it to its case afterwards, many per transaction.
 * Parallel partners, youths reported by several requests at once, resent references and a weekly
 * list spanning several chunks end as exactly one incident per accepted notification, each routed
 * once, at most one open case per youth and one process instance per case.
 */
@PostgresTest
@TestPropertySource(properties = { "trekant.intake.routing=background", "trekant.intake.list-chunk=200" })
class IntakeRoutingPostgresTest {

    static final String POLICE = Http.bearer("demo-politi");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres.registerDatabase(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    IntakeRouter router;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyAcceptedNotificationEndsOnExactlyOneCaseOnce() throws Exception {
        Http http = new Http(port);
        long incidentsBefore = count("select count(*) from trekant_incident");
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        List<String> references = Collections.synchronizedList(new ArrayList<>());
        ExecutorService partners = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            int c = client;
            sent.add(partners.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    // 40 youths, each reported by five requests from different clients at about the same time.
                    String cpr = String.format("%02d0913-4%03d", 1 + (i + c * 5) % 28, 600 + (i + c * 5) % 40);
                    String reference = i % 10 == 9 && !references.isEmpty() ? references.get(0) : "PGR-" + UUID.randomUUID();
                    HttpResponse<String> r = http.postJson("/api/v1/section115-notifications", POLICE,
                            IntakeApiTest.notification(reference, cpr, "VOLD", "MISTAENKT", IntakeApiTest.yesterday()));
                    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
                    if (r.statusCode() == 201) {
                        accepted.add(json.readTree(r.body()).get("id").asText());
                        references.add(reference);
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : sent) {
            done.get(5, TimeUnit.MINUTES);
        }
        partners.shutdown();

        // The weekly list: 500 items in chunks of 200, one youth three times, one reference twice.
        StringBuilder items = new StringBuilder();
        String repeated = "PGL-" + UUID.randomUUID();
        for (int i = 0; i < 500; i++) {
            String reference = i == 499 ? repeated : i == 250 ? repeated : "PGL-" + UUID.randomUUID();
            String cpr = i % 200 == 7 ? "070913-4999" : String.format("%02d1013-4%03d", 1 + i % 28, i);
            items.append(i == 0 ? "" : ",").append(IntakeApiTest.notification(reference, cpr, "TYVERI", "SIGTET", IntakeApiTest.yesterday()));
        }
        HttpResponse<String> list = http.postJson("/api/v1/section115-notifications/batches", POLICE, "{\"items\":[" + items + "]}");
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        JsonNode result = json.readTree(list.body());
        assertThat(result.get("accepted").asInt()).isEqualTo(499);
        assertThat(result.get("duplicates").asInt()).isEqualTo(1);
        assertThat(result.get("items").get(499).get("result").asText()).isEqualTo("DUPLICATE");
        assertThat(result.get("items").get(499).get("receipt").get("id").asText())
                .isEqualTo(result.get("items").get(250).get("receipt").get("id").asText());
        result.get("items").forEach(item -> {
            if (item.get("result").asText().equals("ACCEPTED")) {
                accepted.add(item.get("receipt").get("id").asText());
            }
        });

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (router.unrouted() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(router.unrouted()).isZero();

        assertThat(count("select count(*) from trekant_incident")).isEqualTo(incidentsBefore + accepted.size());
        for (String id : accepted) {
            assertThat(count("select count(*) from trekant_incident where id = '" + id + "' and routed_at is not null")).isEqualTo(1);
            assertThat(count("select count(*) from trekant_audit_event where subject = 'INCIDENT' and actor_kind = 'SYSTEM' "
                    + "and subject_id = '" + id + "'")).as("routed once: %s", id).isEqualTo(1);
        }
        assertThat(count("select count(*) from (select youth_id from trekant_youth_case where status = 'OPEN' "
                + "group by youth_id having count(*) > 1) t")).isZero();
        assertThat(count("select count(*) from trekant_youth_case c where c.status = 'OPEN' and (select count(*) from act_ru_execution e "
                + "where e.business_key_ = c.case_number and e.parent_id_ is null) <> 1")).isZero();
        assertThat(count("select count(*) from trekant_incident i where i.track = 'YOUTH' and i.routed_at is not null "
                + "and (select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_ join trekant_youth_case c "
                + "on c.case_number = p.business_key_ where c.id = i.case_id and a.act_id_ in ('registerIncident', 'registerNewIncident')) "
                + "<> (select count(*) from trekant_incident o where o.case_id = i.case_id)")).isZero();
        // The youth of the list that was on it three times has one case with three incidents.
        assertThat(count("select count(*) from trekant_incident i join trekant_youth_case c on c.id = i.case_id where c.youth_id = "
                + "(select youth_id from trekant_incident where partner_reference = '"
                + result.get("items").get(7).get("reference").asText() + "')")).isEqualTo(3);
    }

    @Test
    void aYouthWithThirtyLongNotificationsHasThemAllOnOneCase() throws Exception {
        LongCaseHistory.thirtyLongNotificationsReachOneCase(new Http(port), jdbc, router, "300613-4301", false);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
