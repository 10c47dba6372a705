package dk.trekant.individual.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.individual.incident.Incident;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.person.PersonRegistry;
import dk.trekant.individual.youthcase.documents.CaseDocumentRepository;
import dk.trekant.individual.youthcase.CaseHistory;
import dk.trekant.individual.youthcase.ParentDialogueRepository;
import dk.trekant.individual.youthcase.YouthCase;
import dk.trekant.individual.youthcase.YouthCaseRepository;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.time.TrekantZone;

/**
 * Deletes the personal data of closed youth cases whose retention date has come: the case, its
 * incidents, dialogues and documents, the youth (when nothing else of theirs remains), and the
 * cases' Camunda runtime and history (instances, variables, tasks, comments, attachments,
 * decisions, operation log). What remains is an anonymous row for the statistics and the audit
 * trail's entry that it happened. Each case is deleted in a transaction of its own; a case that
 * fails is logged and tried again the next night.
 */
@Service
public class YouthCaseRetention {

    private static final Logger log = LoggerFactory.getLogger(YouthCaseRetention.class);

    private final YouthCaseRepository cases;
    private final IncidentRepository incidents;
    private final PersonRegistry persons;
    private final CaseDocumentRepository documents;
    private final ParentDialogueRepository dialogues;
    private final CaseHistory caseHistory;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    YouthCaseRetention(YouthCaseRepository cases, IncidentRepository incidents, PersonRegistry persons,
            CaseDocumentRepository documents, ParentDialogueRepository dialogues, CaseHistory caseHistory, JdbcTemplate jdbc,
            AuditLog auditLog, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.incidents = incidents;
        this.persons = persons;
        this.documents = documents;
        this.dialogues = dialogues;
        this.caseHistory = caseHistory;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every night (Danish time) after the working day, before Camunda's own history cleanup window closes. */
    @Scheduled(cron = "${trekant.retention.cron:0 30 1 * * *}", zone = "${trekant.calendar.zone:" + TrekantZone.DEFAULT + "}")
    public void deleteDueCases() {
        int deleted = deleteDue(LocalDate.now(clock.withZone(TrekantZone.get())));
        if (deleted > 0) {
            log.info("Retention: deleted the personal data of {} closed youth cases", deleted);
        }
    }

    /** Deletes every closed case whose retention date is on or before {@code today}; returns how many. */
    public int deleteDue(LocalDate today) {
        List<UUID> due = transaction.execute(status -> cases.findDueForDeletion(today));
        return RetentionRuns.deleteEach(transaction, due, this::delete, log, "case");
    }

    private void delete(UUID caseId) {
        YouthCase youthCase = cases.findById(caseId).orElse(null);
        if (youthCase == null || youthCase.isOpen()) {
            return;
        }
        List<Incident> caseIncidents = incidents.findByCaseIdOrderByOccurredAt(caseId);
        keepStatistics(youthCase, caseIncidents);
        caseHistory.erase(youthCase.getCaseNumber());
        dialogues.deleteAll(dialogues.findByCaseIdOrderByRecordedAt(caseId));
        documents.deleteAll(documents.findByCaseIdOrderByCreatedAt(caseId));
        incidents.deleteAll(caseIncidents);
        incidents.flush();
        cases.delete(youthCase);
        cases.flush();
        persons.deleteIfNothingRemains(youthCase.getYouthId());
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.DELETE, AuditEvent.Subject.CASE,
                caseId.toString(), youthCase.getCaseNumber(), "Sletning efter opbevaringsfrist " + youthCase.getRetentionUntil());
    }

    private void keepStatistics(YouthCase youthCase, List<Incident> caseIncidents) {
        Incident first = caseIncidents.isEmpty() ? null : caseIncidents.get(0);
        jdbc.update("""
                insert into trekant_case_statistic (opened_month, closed_month, first_source, incident_count, age_band,
                    proposed_level, decided_level, urgency, decision, outcome, deleted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                YearMonth.from(youthCase.getOpenedAt().atZone(TrekantZone.get())).toString(),
                youthCase.getClosedAt() == null ? null : YearMonth.from(youthCase.getClosedAt().atZone(TrekantZone.get())).toString(),
                first == null ? null : first.getSource().name(), caseIncidents.size(),
                first == null ? null : ageBand(first.getAgeAtIncident()),
                youthCase.getProposedLevel(), youthCase.getDecidedLevel(), youthCase.getUrgency(), youthCase.getDecision(),
                youthCase.getOutcome(), Timestamp.from(clock.instant()));
    }

    static String ageBand(int age) {
        if (age < 12) {
            return "UNDER_12";
        }
        return age < 15 ? "12-14" : "15-17";
    }
}
