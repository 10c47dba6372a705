package dk.trekant.individual.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.platform.process.VariableText;
import dk.trekant.intake.IntakeRouter;
import dk.trekant.support.Http;

/**
 * A youth the police report thirty times, each time with a description of the full 4,000
 * characters: every notification reaches the youth's one case, and no process variable outgrows
 * Camunda's 4,000-character column (a case summary that listed every incident once stalled the
 * intake for good). Run on H2 ({@link IncidentRouterTest}) and on PostgreSQL
 * ({@link IntakeRoutingPostgresTest}).
 */
final class LongCaseHistory {

    static final int INCIDENTS = 30;

    private LongCaseHistory() {
    }

    /** Sends the thirty notifications, waits until the router has routed them, and checks the case. */
    static void thirtyLongNotificationsReachOneCase(Http http, JdbcTemplate jdbc, IntakeRouter router, String cpr, boolean routedInOrder) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < INCIDENTS; i++) {
            String description = ("Hændelse " + (i + 1) + " på stationen, æøå é. ").repeat(200).substring(0, 4000);
            String body = """
                    {"reference":"LONG-%s","occurredAt":"%s","place":"Taastrup Station","offenceCategory":"VOLD","role":"MISTAENKT",
                     "description":"%s","youth":{"cpr":"%s","firstName":"Lang","lastName":"Historik","school":"Borgerskolen"}}
                    """.formatted(UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC).minusDays(30 - i).withNano(0), description, cpr);
            HttpResponse<String> answer = http.postJson("/api/v1/section115-notifications", Http.bearer("demo-politi"), body);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            ids.add(UUID.fromString(json.readTree(answer.body()).get("id").asText()));
        }
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (unrouted(jdbc, ids) > 0 && System.nanoTime() < deadline) {
            router.sweep(java.time.Duration.ZERO);
            Thread.sleep(100);
        }
        assertThat(unrouted(jdbc, ids)).as("notifications not on their case").isZero();

        List<String> caseNumbers = jdbc.queryForList("select distinct c.case_number from trekant_incident i join trekant_youth_case c "
                + "on c.id = i.case_id where i.id in (" + placeholders(ids) + ")", String.class, ids.toArray());
        assertThat(caseNumbers).hasSize(1);
        String caseNumber = caseNumbers.get(0);
        assertThat(jdbc.queryForObject("select count(*) from trekant_incident where case_id = "
                + "(select id from trekant_youth_case where case_number = ?)", Long.class, caseNumber)).isEqualTo(INCIDENTS);
        assertThat(jdbc.queryForObject("""
                select count(*) from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_
                where p.business_key_ = ? and a.act_id_ in ('registerIncident', 'registerNewIncident')""", Long.class, caseNumber))
                .as("each incident registered in the case").isEqualTo(INCIDENTS);
        assertThat(jdbc.queryForObject("select count(*) from trekant_intake_queue where item_id in (" + placeholders(ids)
                + ")", Long.class, ids.toArray())).as("none left waiting or failed in the intake queue").isZero();
        // Every text the case holds in a variable, now and in its history, fits the column.
        assertThat(jdbc.queryForObject("""
                select max(length(v.text_)) from act_hi_varinst v join act_hi_procinst p on p.id_ = v.proc_inst_id_
                where p.business_key_ = ?""", Integer.class, caseNumber)).isLessThanOrEqualTo(VariableText.MAX_LENGTH);
        String summary = jdbc.queryForObject("""
                select v.text_ from act_ru_variable v where v.name_ = 'incidentSummary' and v.proc_inst_id_ =
                (select e.id_ from act_ru_execution e where e.business_key_ = ? and e.parent_id_ is null)""", String.class, caseNumber);
        assertThat(summary).startsWith("Lang Historik, ").contains(" på stationen, æøå é").contains("…")
                .containsPattern("Sagen har nu \\d+ hændelser\\. Tidligere hændelser de seneste 12 måneder: \\d+\\.$");
        if (routedInOrder) {
            assertThat(summary).contains("Hændelse 30 på stationen").contains("Sagen har nu 30 hændelser")
                    .endsWith("Tidligere hændelser de seneste 12 måneder: 29.");
        }
    }

    private static long unrouted(JdbcTemplate jdbc, List<UUID> ids) {
        return jdbc.queryForObject("select count(*) from trekant_incident where routed_at is null and id in (" + placeholders(ids) + ")",
                Long.class, ids.toArray());
    }

    private static String placeholders(List<UUID> ids) {
        return String.join(",", ids.stream().map(id -> "?").toList());
    }
}
