package dk.trekant.hours;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's hour log: every feature that logs hours (hotspot shifts, outreach, meetings,
 * teaching) writes here, and the reports read from here, so every figure about hours has one
 * source. An entry is written in the caller's transaction.
 */
@Service
public class HourLog {

    /** More than a day's work in one entry is a typing error, not a shift. */
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    HourLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /**
     * Logs hours. Recording the same task again for the same person (a retried transaction) keeps
     * the first entry and returns it.
     *
     * @throws IllegalArgumentException when hours are not in (0, 24] or a field is missing
     */
    @Transactional
    public HourEntry record(String staffUser, LocalDate workDate, HourKind kind, BigDecimal hours,
            HourSource sourceType, UUID sourceId, String taskId, Boolean withPolice) {
        Objects.requireNonNull(staffUser, "staffUser");
        Objects.requireNonNull(workDate, "workDate");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(sourceType, "sourceType");
        Objects.requireNonNull(sourceId, "sourceId");
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            throw new IllegalArgumentException("hours must be more than 0 and at most 24");
        }
        if (taskId != null) {
            List<HourEntry> existing = query("where task_id = ? and staff_user = ?", taskId, staffUser);
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
        }
        HourEntry entry = new HourEntry(UUID.randomUUID(), staffUser, workDate, kind,
                hours.setScale(2, java.math.RoundingMode.HALF_UP), sourceType, sourceId, taskId, withPolice,
                clock.instant());
        jdbc.update("""
                insert into trekant_hour_entry (id, staff_user, work_date, kind, hours, source_type, source_id,
                    task_id, with_police, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entry.id(), entry.staffUser(), Date.valueOf(entry.workDate()), entry.kind().name(), entry.hours(),
                entry.sourceType().name(), entry.sourceId(), entry.taskId(), entry.withPolice(),
                Timestamp.from(entry.recordedAt()));
        return entry;
    }

    /** Everything logged for one hotspot, request, meeting or course, oldest first. */
    public List<HourEntry> forSource(HourSource sourceType, UUID sourceId) {
        return query("where source_type = ? and source_id = ? order by work_date, recorded_at",
                sourceType.name(), sourceId);
    }

    /** Everything logged on the days from {@code from} to {@code to}, both included. */
    public List<HourEntry> between(LocalDate from, LocalDate to) {
        return query("where work_date between ? and ? order by work_date, recorded_at",
                Date.valueOf(from), Date.valueOf(to));
    }

    /** The sum of hours on the days from {@code from} to {@code to} for one source type (null: all). */
    public BigDecimal total(LocalDate from, LocalDate to, HourSource sourceType) {
        BigDecimal sum = sourceType == null
                ? jdbc.queryForObject("select sum(hours) from trekant_hour_entry where work_date between ? and ?",
                        BigDecimal.class, Date.valueOf(from), Date.valueOf(to))
                : jdbc.queryForObject("""
                        select sum(hours) from trekant_hour_entry
                        where work_date between ? and ? and source_type = ?""",
                        BigDecimal.class, Date.valueOf(from), Date.valueOf(to), sourceType.name());
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum.setScale(2);
    }

    /**
     * Outreach hours (the four outreach kinds) per person per ISO week, for the weeks that start
     * on or after the Monday of {@code from}'s week and end by {@code to}'s week; persons with no
     * outreach in a week have no row for it.
     */
    public List<WeeklyHours> outreachPerPersonPerWeek(LocalDate from, LocalDate to) {
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (HourEntry entry : between(firstMonday, lastSunday)) {
            if (!entry.kind().isOutreach()) {
                continue;
            }
            LocalDate monday = entry.workDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            sums.merge(entry.staffUser() + "\u0000" + monday, entry.hours(), BigDecimal::add);
        }
        List<WeeklyHours> result = new ArrayList<>();
        sums.forEach((key, hours) -> {
            String[] parts = key.split("\u0000");
            result.add(new WeeklyHours(parts[0], LocalDate.parse(parts[1]), hours));
        });
        return result;
    }

    private List<HourEntry> query(String where, Object... args) {
        return jdbc.query("""
                select id, staff_user, work_date, kind, hours, source_type, source_id, task_id, with_police, recorded_at
                from trekant_hour_entry
                """ + where,
                (rs, row) -> new HourEntry(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
                        HourKind.valueOf(rs.getString(4)), rs.getBigDecimal(5).setScale(2),
                        HourSource.valueOf(rs.getString(6)), rs.getObject(7, UUID.class), rs.getString(8),
                        (Boolean) rs.getObject(9), rs.getTimestamp(10).toInstant()),
                args);
    }
}
