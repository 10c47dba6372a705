package dk.trekant.general;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Teaching figures for the reports: sessions (courses) held and pupils reached, by the day the
 * teaching was held. Anonymous: counts only.
 */
@Service
public class TeachingStatistics {

    /**
     * @param sessionsHeld  courses held on the days (each held course counts once)
     * @param classesTaught classes taught in them
     * @param pupilsReached pupils reached in them
     */
    public record TeachingFigures(long sessionsHeld, long classesTaught, long pupilsReached) {
    }

    /** Figures for one topic (code as in {@code trekant.teaching.topics}). */
    public record TopicFigures(String topic, long sessionsHeld, long pupilsReached) {
    }

    private final JdbcTemplate jdbc;

    TeachingStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Courses held on the days from {@code from} to {@code to}, both included. */
    public TeachingFigures between(LocalDate from, LocalDate to) {
        return jdbc.queryForObject("""
                select count(*), coalesce(sum(classes_taught), 0), coalesce(sum(pupils_reached), 0)
                from trekant_teaching_request
                where status = 'HELD' and held_at between ? and ?""",
                (rs, row) -> new TeachingFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                Date.valueOf(from), Date.valueOf(to));
    }

    /** Sessions held on the days from {@code from} to {@code to}, both included. */
    public long sessionsHeld(LocalDate from, LocalDate to) {
        return between(from, to).sessionsHeld();
    }

    /** Pupils reached on the days from {@code from} to {@code to}, both included. */
    public long pupilsReached(LocalDate from, LocalDate to) {
        return between(from, to).pupilsReached();
    }

    /** The same figures per topic, topics with most pupils first. */
    public List<TopicFigures> perTopic(LocalDate from, LocalDate to) {
        return jdbc.query("""
                select topic, count(*), coalesce(sum(pupils_reached), 0)
                from trekant_teaching_request
                where status = 'HELD' and held_at between ? and ?
                group by topic
                order by 3 desc, 1""",
                (rs, row) -> new TopicFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)),
                Date.valueOf(from), Date.valueOf(to));
    }
}
