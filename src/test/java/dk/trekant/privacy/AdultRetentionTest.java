package dk.trekant.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.individual.retention.AdultCaseRetention;
import dk.trekant.support.DatabaseScan;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/** A closed adult case is deleted on its retention date; only anonymous figures and the audit trail remain. */
@TrekantTest
class AdultRetentionTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TaskService taskService;
    @Autowired
    AdultCaseRetention retention;

    @Test
    void aClosedAdultCaseIsDeletedOnItsRetentionDate() throws Exception {
        String cpr = "090392-1468";
        String firstName = "Valdemar" + UUID.randomUUID().toString().substring(0, 6);
        String description = "Unik løsladelsestekst " + UUID.randomUUID();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        HttpResponse<String> sent = new Http(port).postJson("/api/v1/release-notifications", Http.bearer("demo-kriminalforsorgen"), """
                {"reference":"RET-%s","expectedReleaseDate":"%s","institutionKind":"ARRESTHUS","institutionName":"Arresthuset",
                 "reasonCategory":"VARETAEGT_OPHOERER","consent":{"given":false,"recordedOn":"%s"},"description":"%s",
                 "person":{"cpr":"%s","firstName":"%s","lastName":"Retentionsen"}}
                """.formatted(UUID.randomUUID(), today.plusDays(20), today, description, cpr, firstName));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        String referral = new ObjectMapper().readTree(sent.body()).get("id").asText();
        String caseNumber = jdbc.queryForObject("select c.case_number from trekant_adult_case c join trekant_adult_referral r "
                + "on r.case_id = c.id where r.id = ?", String.class, UUID.fromString(referral));
        Task assess = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        taskService.addComment(assess.getId(), assess.getProcessInstanceId(), "Kommentar om " + firstName);
        taskService.complete(assess.getId(), Map.of("consent", "REFUSED", "assessmentNote", "Notat om " + firstName));
        LocalDate retentionUntil = jdbc.queryForObject("select retention_until from trekant_adult_case where case_number = ?",
                LocalDate.class, caseNumber);
        assertThat(retentionUntil).isEqualTo(today.plusYears(2));

        // The day before: everything is there (and the scan finds it).
        retention.deleteDue(retentionUntil.minusDays(1));
        assertThat(DatabaseScan.find(dataSource, List.of(firstName, description)))
                .anyMatch(hit -> hit.toUpperCase().startsWith("TREKANT_YOUTH."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("TREKANT_ADULT_REFERRAL."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_HI_VARINST."))
                .anyMatch(hit -> hit.toUpperCase().startsWith("ACT_HI_COMMENT."));

        // On the date: nothing personal remains; the audit trail keeps the case number.
        assertThat(retention.deleteDue(retentionUntil)).isGreaterThanOrEqualTo(1);
        assertThat(DatabaseScan.find(dataSource, List.of(firstName, description, cpr, cpr.replace("-", ""), caseNumber)))
                .allMatch(hit -> hit.toUpperCase().startsWith("TREKANT_AUDIT_EVENT.CASE_NUMBER")
                        || hit.toUpperCase().startsWith("TREKANT_AUDIT_EVENT.PURPOSE"), "only the audit trail names the case")
                .noneMatch(hit -> hit.contains(firstName) || hit.contains(description));
        assertThat(jdbc.queryForObject("select count(*) from trekant_adult_case where case_number = ?", Long.class, caseNumber))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from trekant_case_statistic where first_source = 'RELEASE_NOTICE' "
                + "and decision = 'CONSENT_REFUSED' and outcome = 'NO_CONSENT'", Long.class)).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForList("select action from trekant_audit_event where case_number = ? order by id", String.class,
                caseNumber)).contains("CREATE", "UPDATE", "DELETE");
    }
}
