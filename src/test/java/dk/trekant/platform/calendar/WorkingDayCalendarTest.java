package dk.trekant.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    static final Set<MonthDay> TOWN_HALL_CLOSED = Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31));

    final WorkingDayCalendar calendar = new WorkingDayCalendar(COPENHAGEN, TOWN_HALL_CLOSED, Clock.systemUTC());

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2019, 2019-04-21", "2023, 2023-04-09", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
            "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayAcrossYears(int year, LocalDate easter) {
        assertThat(DanishHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void theHolidaysOf2026() {
        assertThat(DanishHolidays.of(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),   // nytårsdag
                LocalDate.of(2026, 4, 2),   // skærtorsdag
                LocalDate.of(2026, 4, 3),   // langfredag
                LocalDate.of(2026, 4, 5),   // påskedag
                LocalDate.of(2026, 4, 6),   // 2. påskedag
                LocalDate.of(2026, 5, 14),  // Kristi himmelfartsdag
                LocalDate.of(2026, 5, 24),  // pinsedag
                LocalDate.of(2026, 5, 25),  // 2. pinsedag
                LocalDate.of(2026, 12, 25), // juledag
                LocalDate.of(2026, 12, 26)); // 2. juledag
    }

    @Test
    void storeBededagIsAHolidayUpTo2023Only() {
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2023, 5, 5))).isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2022, 5, 13))).isTrue();
        assertThat(DanishHolidays.isHoliday(LocalDate.of(2024, 4, 26))).isFalse();
        assertThat(DanishHolidays.of(2023)).hasSize(11);
        assertThat(DanishHolidays.of(2024)).hasSize(10);
    }

    @Test
    void weekendsHolidaysAndExtraClosedDaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 25))).isTrue();   // a Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 11, 29))).isFalse();  // Sunday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 2))).isFalse();    // skærtorsdag
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 5))).isFalse();    // grundlovsdag (configured)
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 12, 24))).isFalse();  // juleaftensdag (configured)
        WorkingDayCalendar withoutExtraDays = new WorkingDayCalendar(COPENHAGEN, Set.of(), Clock.systemUTC());
        assertThat(withoutExtraDays.isWorkingDay(LocalDate.of(2025, 6, 5))).isTrue();
    }

    @Test
    void countingWorkingDaysSkipsWeekends() {
        // Friday 27 November 2026 + 1 working day = Monday 30 November
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 25), 5)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 25), 0)).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void countingBackSkipsWeekendsAndHolidays() {
        // 10 working days before Tuesday 1 April 2025: Tuesday 18 March
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 4, 1), 10)).isEqualTo(LocalDate.of(2025, 3, 18));
        // 3 working days before Wednesday 23 April 2025 skips 2. påskedag, the weekend, langfredag, skærtorsdag
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2025, 4, 23), 3)).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(calendar.subtractWorkingDays(LocalDate.of(2026, 11, 30), 0)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(calendar.subtractWorkingDays(calendar.addWorkingDays(LocalDate.of(2026, 12, 21), 4), 4))
                .isEqualTo(LocalDate.of(2026, 12, 21));
    }

    @Test
    void easterMovesTheDeadlineFromYearToYear() {
        // 2026: Wednesday 1 April + 6 working days skips skærtorsdag, langfredag, the weekend and 2. påskedag
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 1), 6)).isEqualTo(LocalDate.of(2026, 4, 14));
        // 2027: Easter is in March, so the same date in April is an ordinary week
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 3, 31), 6)).isEqualTo(LocalDate.of(2027, 4, 8));
        // 2025: Easter in late April
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 16), 1)).isEqualTo(LocalDate.of(2025, 4, 22));
    }

    @Test
    void christmasAndNewYear() {
        // Monday 21 December 2026 + 4: 22, 23, (24 closed, 25, 26 holidays, 27 Sunday) 28, 29
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 21), 4)).isEqualTo(LocalDate.of(2026, 12, 29));
        // 30 December 2026 + 1: 31 closed, 1 January holiday, so Monday 4 January 2027... 2 Jan is a Saturday
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void workingDaysBetween() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 14))).isEqualTo(6);
    }

    @Test
    void deadlinesKeepTheTimeOfDayInCopenhagen() {
        Date friday10 = Date.from(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, COPENHAGEN).toInstant());
        Date due = calendar.after(friday10, 1);
        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, COPENHAGEN).toInstant());

        // Across the switch to summer time (29 March 2026) the wall-clock time is kept.
        Date friday9 = Date.from(ZonedDateTime.of(2026, 3, 27, 9, 0, 0, 0, COPENHAGEN).toInstant());
        assertThat(calendar.after(friday9, 1).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 3, 30, 9, 0, 0, 0, COPENHAGEN).toInstant());
    }

    @Test
    void legalHourDeadlinesRunOnTheClock() {
        Date saturdayNoon = Date.from(ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, COPENHAGEN).toInstant());
        assertThat(calendar.hoursAfter(saturdayNoon, 24).toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 29, 12, 0, 0, 0, COPENHAGEN).toInstant());
    }

    @Test
    void afterUsesTheInjectedClock() {
        Clock wednesday = Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), COPENHAGEN);
        WorkingDayCalendar fixed = new WorkingDayCalendar(COPENHAGEN, TOWN_HALL_CLOSED, wednesday);
        assertThat(fixed.after(2).toInstant()).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 1, 5), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
