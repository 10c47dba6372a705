package dk.trekant.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The reports (table {@code trekant_report}): a draft is computed, recomputed on the leader's
 * request, and published with the leader's commentary and approval.
 */
@Service
public class Reports {

    private final JdbcTemplate jdbc;
    private final ReportFiguresService figures;
    private final ObjectMapper json;

    Reports(JdbcTemplate jdbc, ReportFiguresService figures, ObjectMapper json) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.json = json;
    }

    /** Computes a draft of the report of this kind made on {@code today}: last month, or the twelve months before. */
    @Transactional
    public Report draft(ReportKind kind, LocalDate today, String processInstanceId) {
        return draft(ReportPeriod.before(kind, today), processInstanceId);
    }

    @Transactional
    public Report draft(ReportPeriod period, String processInstanceId) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into trekant_report (id, kind, period, period_from, period_to, status, figures_json, addressed_to,
                    computed_at, process_instance_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id, period.kind().name(), period.label(), Date.valueOf(period.from()), Date.valueOf(period.to()),
                Report.Status.DRAFT.name(), write(figures.compute(period)), ReportKind.ADDRESSED_TO,
                Timestamp.from(Instant.now()), processInstanceId);
        return get(id);
    }

    /** Computes a draft's figures again (the leader asked for it, e.g. after late registrations). */
    @Transactional
    public Report recompute(UUID id) {
        Report report = get(id);
        requireDraft(report);
        jdbc.update("update trekant_report set figures_json = ?, computed_at = ? where id = ?",
                write(figures.compute(report.period())), Timestamp.from(Instant.now()), id);
        return get(id);
    }

    /** Publishes a draft with the leader's commentary. */
    @Transactional
    public Report publish(UUID id, String commentary, String approvedBy) {
        Report report = get(id);
        requireDraft(report);
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new IllegalArgumentException("a report is published only with the approving leader");
        }
        jdbc.update("""
                update trekant_report set status = ?, commentary = ?, approved_by = ?, approved_at = ? where id = ?""",
                Report.Status.PUBLISHED.name(), commentary == null || commentary.isBlank() ? null : commentary.strip(),
                approvedBy, Timestamp.from(Instant.now()), id);
        return get(id);
    }

    public Report get(UUID id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no report " + id));
    }

    public Optional<Report> find(UUID id) {
        return jdbc.query(SELECT + " where id = ?", mapper(), id).stream().findFirst();
    }

    /** The latest published report of a kind and period. */
    public Optional<Report> published(ReportKind kind, String period) {
        return jdbc.query(SELECT + " where kind = ? and period = ? and status = 'PUBLISHED' order by approved_at desc",
                mapper(), kind.name(), period).stream().findFirst();
    }

    /** Every published report, newest period first (the latest approval of each kind and period). */
    public List<Report> published() {
        return jdbc.query(SELECT + " where status = 'PUBLISHED' order by period_to desc, kind, approved_at desc", mapper())
                .stream()
                .filter(distinctBy())
                .toList();
    }

    private static java.util.function.Predicate<Report> distinctBy() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return report -> seen.add(report.kind() + "/" + report.period().label());
    }

    private static void requireDraft(Report report) {
        if (report.status() != Report.Status.DRAFT) {
            throw new IllegalStateException("report " + report.id() + " is already published");
        }
    }

    private static final String SELECT = """
            select id, kind, period, status, figures_json, commentary, addressed_to, computed_at, approved_by, approved_at,
                process_instance_id
            from trekant_report""";

    private RowMapper<Report> mapper() {
        return (rs, row) -> {
            Timestamp approvedAt = rs.getTimestamp(10);
            return new Report(rs.getObject(1, UUID.class), ReportKind.valueOf(rs.getString(2)),
                    ReportPeriod.parse(rs.getString(3)), Report.Status.valueOf(rs.getString(4)), read(rs.getString(5)),
                    rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                    approvedAt == null ? null : approvedAt.toInstant(), rs.getString(11));
        };
    }

    private String write(ReportFigures value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report figures could not be written", e);
        }
    }

    private ReportFigures read(String value) {
        try {
            return json.readValue(value, ReportFigures.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report figures could not be read", e);
        }
    }
}
