package dk.trekant.individual.youthcase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The individual track's figures for the reports and the dashboard, read from its own tables
 * (incidents, youth cases, parent dialogues, documents). Counts and moments only: no person, no
 * text. The reporting module turns them into sections; it reads no table of this module itself.
 * Periods are half-open: from inclusive, to exclusive.
 */
@Component
public class YouthCaseStatistics {

    /** Incidents received, by source and track ({@code YOUTH} or {@code ADULT}). */
    public record SourceCount(String source, String track, long count) {
    }

    /** One incident received: its source and when. */
    public record Received(String source, Instant receivedAt) {
    }

    /** A youth case's levels: the triage's proposal and the coordinator's choice (either may be null). */
    public record Levels(String proposed, String decided) {
    }

    /** A youth case's moments: opened, assessed (null while not), and whether it was acute. */
    public record Assessment(Instant openedAt, Instant assessedAt, boolean acute) {
    }

    /** A case open at a moment: when it was assessed (null while not) and the level chosen. */
    public record OpenCase(Instant assessedAt, String decidedLevel) {
    }

    private final JdbcTemplate jdbc;

    YouthCaseStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SourceCount> incidentsBySource(Instant from, Instant to) {
        return jdbc.query("""
                select source, track, count(*) from trekant_incident
                where received_at >= ? and received_at < ? group by source, track""",
                (rs, row) -> new SourceCount(rs.getString(1), rs.getString(2), rs.getLong(3)), ts(from), ts(to));
    }

    /** Incidents received, by the partner that sent them (a {@code null} key: sent by the team's own staff). */
    public Map<UUID, Long> incidentsByPartner(Instant from, Instant to) {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.query("""
                select partner_id, count(*) from trekant_incident
                where received_at >= ? and received_at < ? group by partner_id""",
                rs -> {
                    counts.merge(rs.getObject(1, UUID.class), rs.getLong(2), Long::sum);
                }, ts(from), ts(to));
        return counts;
    }

    public List<Received> incidentsReceived(Instant from, Instant to) {
        return jdbc.query("select source, received_at from trekant_incident where received_at >= ? and received_at < ?",
                (rs, row) -> new Received(rs.getString(1), rs.getTimestamp(2).toInstant()), ts(from), ts(to));
    }

    /** The levels of the cases assessed in the period. */
    public List<Levels> levelsAssessed(Instant from, Instant to) {
        return jdbc.query("select proposed_level, decided_level from trekant_youth_case where assessed_at >= ? and assessed_at < ?",
                (rs, row) -> new Levels(rs.getString(1), rs.getString(2)), ts(from), ts(to));
    }

    /** The cases assessed in the period. */
    public List<Assessment> assessed(Instant from, Instant to) {
        return assessments("assessed_at", from, to);
    }

    /** The cases opened in the period (assessed or not). */
    public List<Assessment> opened(Instant from, Instant to) {
        return assessments("opened_at", from, to);
    }

    private List<Assessment> assessments(String column, Instant from, Instant to) {
        return jdbc.query("select opened_at, assessed_at, urgency from trekant_youth_case where " + column + " >= ? and "
                        + column + " < ?",
                (rs, row) -> new Assessment(rs.getTimestamp(1).toInstant(),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), "AKUT".equals(rs.getString(3))),
                ts(from), ts(to));
    }

    /** Parent dialogues recorded in the period, by outcome. */
    public Map<String, Long> parentDialogueOutcomes(Instant from, Instant to) {
        Map<String, Long> outcomes = new HashMap<>();
        jdbc.query("""
                select outcome, count(*) from trekant_parent_dialogue
                where recorded_at >= ? and recorded_at < ? group by outcome""",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                }, ts(from), ts(to));
        return outcomes;
    }

    /** Underretninger (§ 133) sent to the social services in the period. */
    public long handoversSent(Instant from, Instant to) {
        Long count = jdbc.queryForObject("""
                select count(*) from trekant_case_document
                where kind = 'HANDOVER' and created_at >= ? and created_at < ?""", Long.class, ts(from), ts(to));
        return count == null ? 0 : count;
    }

    /** The cases open at the moment. */
    public List<OpenCase> openAt(Instant moment) {
        return jdbc.query("""
                select assessed_at, decided_level from trekant_youth_case
                where opened_at < ? and (closed_at is null or closed_at >= ?)""",
                (rs, row) -> new OpenCase(rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(), rs.getString(2)),
                ts(moment), ts(moment));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
