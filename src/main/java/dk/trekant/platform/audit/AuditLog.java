package dk.trekant.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The append-only audit trail. A change is recorded in the transaction that makes it (if the
 * change is rolled back, so is its entry); a read is recorded in a transaction of its own.
 */
@Component
public class AuditLog {

    private static final int MAX_PURPOSE = 300;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.systemUTC();

    AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a change, in the current transaction. */
    public void change(String actor, AuditEvent.ActorKind kind, AuditEvent.Action action, AuditEvent.Subject subject,
            String subjectId, String caseNumber, String purpose) {
        insert(new AuditEvent(clock.instant(), actor, kind, action, subject, subjectId, caseNumber, purpose));
    }

    /** Records a change, in the current transaction. */
    public void change(AuditEvent event) {
        insert(event);
    }

    /** Records many changes (a list of notifications), in the current transaction, as one batch. */
    public void changes(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, events, 500, (statement, event) -> {
            Object[] values = values(event);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
        });
    }

    /** Records a read (or an export), committed at once whatever happens around it. */
    public void read(String actor, AuditEvent.ActorKind kind, AuditEvent.Action action, AuditEvent.Subject subject,
            String subjectId, String caseNumber, String purpose) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, kind, action, subject, subjectId, caseNumber, purpose);
        ownTransaction.executeWithoutResult(status -> insert(event));
    }

    /**
     * A case's trail: the entries that name the case, and the entries written about the same thing
     * before it had a case (a partner's notification, stored before the router took it to its case).
     */
    public List<AuditEvent> forCase(String caseNumber) {
        return jdbc.query("""
                select occurred_at, actor, actor_kind, action, subject, subject_id, case_number, purpose
                from trekant_audit_event e
                where e.case_number = ?
                   or (e.case_number is null and exists (select 1 from trekant_audit_event linked
                       where linked.case_number = ? and linked.subject_id = e.subject_id and linked.subject = e.subject))
                order by occurred_at, id""",
                (rs, row) -> new AuditEvent(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        AuditEvent.ActorKind.valueOf(rs.getString(3)), AuditEvent.Action.valueOf(rs.getString(4)),
                        AuditEvent.Subject.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)),
                caseNumber, caseNumber);
    }

    private static final String INSERT = """
            insert into trekant_audit_event (occurred_at, actor, actor_kind, action, subject, subject_id, case_number, purpose)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private void insert(AuditEvent event) {
        jdbc.update(INSERT, values(event));
    }

    private static Object[] values(AuditEvent event) {
        String purpose = event.purpose().length() > MAX_PURPOSE ? event.purpose().substring(0, MAX_PURPOSE) : event.purpose();
        return new Object[] { Timestamp.from(event.occurredAt() == null ? Instant.now() : event.occurredAt()), event.actor(),
                event.actorKind().name(), event.action().name(), event.subject().name(), event.subjectId(),
                event.caseNumber(), purpose };
    }
}
