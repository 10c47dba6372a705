package dk.trekant.platform.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

/**
 * The Danish working-day calendar: weekends, public holidays and the municipality's extra
 * closed days (e.g. grundlovsdag, juleaftensdag) are not working days.
 * <p>
 * Exposed to BPMN expressions as the bean {@code workdays}, e.g.
 * {@code camunda:dueDate="${workdays.after(now(), 6)}"} (Camunda's {@code now()} follows the
 * engine clock, so timers and due dates move together in tests). Deadlines keep the time of day: a task
 * created Friday 10:00 with one working day is due Monday 10:00.
 */
public class WorkingDayCalendar {

    private final ZoneId zone;
    private final Set<MonthDay> extraClosedDays;
    private final Clock clock;

    public WorkingDayCalendar(ZoneId zone, Set<MonthDay> extraClosedDays, Clock clock) {
        this.zone = zone;
        this.extraClosedDays = Set.copyOf(extraClosedDays);
        this.clock = clock;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY
                && day != DayOfWeek.SUNDAY
                && !DanishHolidays.isHoliday(date)
                && !DanishHolidays.isOneOf(date, extraClosedDays);
    }

    /** The working day that is {@code workingDays} working days after {@code date}. */
    public LocalDate addWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working day that is {@code workingDays} working days before {@code date}. */
    public LocalDate subtractWorkingDays(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = date;
        int left = workingDays;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from one date (exclusive) to another (inclusive). */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The instant {@code workingDays} working days after {@code from}, at the same time of day. */
    public Date after(Date from, int workingDays) {
        ZonedDateTime start = from.toInstant().atZone(zone);
        LocalDate due = addWorkingDays(start.toLocalDate(), workingDays);
        return Date.from(start.with(due).toInstant());
    }

    /** Now plus {@code workingDays} working days; for BPMN due dates and timers. */
    public Date after(int workingDays) {
        return after(Date.from(clock.instant()), workingDays);
    }

    /**
     * A number of clock hours after {@code from}: legal deadlines such as social services' 24 hours
     * run on the clock, not on working days.
     */
    public Date hoursAfter(Date from, int hours) {
        return Date.from(from.toInstant().plus(Duration.ofHours(hours)));
    }

    public ZoneId zone() {
        return zone;
    }
}
