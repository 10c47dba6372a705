package dk.trekant.individual.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dk.trekant.individual.adultcase.AdultAreaOutcomeRepository;
import dk.trekant.individual.adultcase.AdultCase;
import dk.trekant.individual.adultcase.AdultCaseRepository;
import dk.trekant.individual.adultcase.AdultReferral;
import dk.trekant.individual.adultcase.AdultReferralRepository;
import dk.trekant.individual.incident.IncidentRepository;
import dk.trekant.individual.person.PersonRegistry;
import dk.trekant.individual.youthcase.CaseHistory;
import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.time.TrekantZone;

/**
 * Deletes the personal data of closed adult cases whose retention date has come: the case, its
 * referrals (and the police incidents behind them), the areas' outcomes, the person (when nothing
 * else of theirs remains), and the case's Camunda runtime and history. What remains is an
 * anonymous statistics row and the audit entry. One transaction per case; a failure is logged and
 * tried again the next night.
 */
@Service
public class AdultCaseRetention {

    private static final Logger log = LoggerFactory.getLogger(AdultCaseRetention.class);

    private final AdultCaseRepository cases;
    private final AdultReferralRepository referrals;
    private final AdultAreaOutcomeRepository areaOutcomes;
    private final IncidentRepository incidents;
    private final PersonRegistry persons;
    private final CaseHistory caseHistory;
    private final JdbcTemplate jdbc;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    AdultCaseRetention(AdultCaseRepository cases, AdultReferralRepository referrals,
            AdultAreaOutcomeRepository areaOutcomes, IncidentRepository incidents, PersonRegistry persons,
            CaseHistory caseHistory, JdbcTemplate jdbc, AuditLog auditLog, PlatformTransactionManager transactions) {
        this.cases = cases;
        this.referrals = referrals;
        this.areaOutcomes = areaOutcomes;
        this.incidents = incidents;
        this.persons = persons;
        this.caseHistory = caseHistory;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every night, with the youth cases' retention. */
    @Scheduled(cron = "${trekant.retention.cron:0 30 1 * * *}", zone = "${trekant.calendar.zone:" + TrekantZone.DEFAULT + "}")
    public void deleteDueCases() {
        int deleted = deleteDue(LocalDate.now(clock.withZone(TrekantZone.get())));
        if (deleted > 0) {
            log.info("Retention: deleted the personal data of {} closed adult cases", deleted);
        }
    }

    /** Deletes every closed adult case whose retention date is on or before {@code today}; returns how many. */
    public int deleteDue(LocalDate today) {
        List<UUID> due = transaction.execute(status -> cases.findDueForDeletion(today));
        return RetentionRuns.deleteEach(transaction, due, this::delete, log, "adult case");
    }

    private void delete(UUID caseId) {
        AdultCase adultCase = cases.findById(caseId).orElse(null);
        if (adultCase == null || adultCase.isOpen()) {
            return;
        }
        List<AdultReferral> caseReferrals = referrals.findByCaseIdOrderByReceivedAt(caseId);
        keepStatistics(adultCase, caseReferrals);
        caseHistory.erase(adultCase.getCaseNumber());
        areaOutcomes.deleteAll(areaOutcomes.findByCaseIdOrderByRecordedAt(caseId));
        referrals.deleteAll(caseReferrals);
        referrals.flush();
        incidents.deleteAllById(caseReferrals.stream().map(AdultReferral::getIncidentId).filter(Objects::nonNull).toList());
        incidents.flush();
        cases.delete(adultCase);
        cases.flush();
        persons.deleteIfNothingRemains(adultCase.getPersonId());
        auditLog.change("system", AuditEvent.ActorKind.SYSTEM, AuditEvent.Action.DELETE, AuditEvent.Subject.CASE,
                caseId.toString(), adultCase.getCaseNumber(), "Sletning efter opbevaringsfrist " + adultCase.getRetentionUntil());
    }

    private void keepStatistics(AdultCase adultCase, List<AdultReferral> caseReferrals) {
        AdultReferral first = caseReferrals.isEmpty() ? null : caseReferrals.get(0);
        jdbc.update("""
                insert into trekant_case_statistic (opened_month, closed_month, first_source, incident_count, age_band,
                    proposed_level, decided_level, urgency, decision, outcome, deleted_at)
                values (?, ?, ?, ?, ?, null, 'INDIVIDUEL', null, ?, ?, ?)""",
                YearMonth.from(adultCase.getOpenedAt().atZone(TrekantZone.get())).toString(),
                adultCase.getClosedAt() == null ? null : YearMonth.from(adultCase.getClosedAt().atZone(TrekantZone.get())).toString(),
                first == null ? null : first.getKind().name(), caseReferrals.size(),
                first == null ? null : ageBand(first.getAgeAtReferral()),
                adultCase.getConsent() == null ? null : "CONSENT_" + adultCase.getConsent(),
                adultCase.getOutcome(), Timestamp.from(clock.instant()));
    }

    static String ageBand(int age) {
        if (age < 18) {
            return "UNDER_18";
        }
        return age < 25 ? "18-24" : "25+";
    }
}
