package dk.trekant.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.trekant.support.AppNode;
import dk.trekant.support.PartnerLoad;

/**
 * §115 intake on the default H2 file database, killed with SIGKILL under partner load (twice; five times with
 * {@code -Psoak}):
 * every notification answered 2xx is stored exactly once (resending it gives the same receipt),
 * and is taken to its case, registered and triaged once — those the killed node had not yet routed
 * by the router's first sweep after the restart.
 */
class IntakeKillNineIT {

    private static final int KILLS = Boolean.getBoolean("trekant.soak") ? 5 : 2;

    @TempDir
    Path workDir;

    @Test
    void everyAnsweredNotificationSurvivesKillNineAndIsProcessedOnce() throws Exception {
        AppNode node = new AppNode("node-h2", workDir, List.of("--spring.profiles.active=demo",
                "--camunda.bpm.job-execution.lock-time-in-millis=10000"), Map.of());
        AtomicReference<AppNode> up = new AtomicReference<>();
        try (node; PartnerLoad load = new PartnerLoad("H2KILL", 9_000)) {
            up.set(node.start());
            load.start(4, up::get);
            for (int round = 0; round < KILLS; round++) {
                Thread.sleep(2_500);
                up.set(null);
                node.kill();
                node.start();
                up.set(node);
                System.out.printf("kill -9 round %d: %d notifications answered 2xx so far%n", round, load.acknowledged.size());
            }
            Thread.sleep(1_000);
            load.stop();
            assertThat(load.serverErrors).hasValue(0);
            assertThat(load.resentAnsweredWrongly).hasValue(0);
            assertThat(load.acknowledged).isNotEmpty();

            long deadline = System.currentTimeMillis() + 180_000;
            for (Map.Entry<String, String> ack : load.acknowledged.entrySet()) {
                // stored exactly once: the same reference again is answered 200 with the same receipt
                HttpResponse<String> again = node.postJson("/api/v1/section115-notifications", AppNode.POLICE,
                        AppNode.notification(ack.getKey(), load.youthOf.get(ack.getKey())));
                assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
                assertThat(again.body()).contains(ack.getValue());
                // and processed: routed to its case, registered and triaged, also when its node died before routing it
                while (true) {
                    String status = node.get("/api/v1/section115-notifications/" + ack.getValue(), AppNode.POLICE).body();
                    if (!status.contains("\"RECEIVED\"")) {
                        assertThat(status).contains("UNDER_ASSESSMENT");
                        break;
                    }
                    assertThat(System.currentTimeMillis()).as("%s not triaged: %s", ack.getKey(), node.tail()).isLessThan(deadline);
                    Thread.sleep(500);
                }
            }
            assertThat(node.get("/actuator/prometheus", AppNode.ADMIN).body()).contains("trekant_intake_unrouted 0.0");
            HttpResponse<String> failed = node.get("/engine-rest/incident/count", AppNode.ADMIN);
            assertThat(failed.body()).contains("\"count\":0");
            HttpResponse<String> waiting = node.get("/engine-rest/job/count?messages=true&executable=true", AppNode.ADMIN);
            assertThat(waiting.body()).contains("\"count\":0");
        }
    }
}
