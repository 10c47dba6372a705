package dk.trekant.general;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/** When the preventer gets the lesson and when it is due: working days before and after the planned date. */
class TeachingPlanDatesTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE,
            Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31)), Clock.systemUTC());

    TeachingService service(int reminderWorkingDays) {
        return new TeachingService(null, new TeachingProperties(null, reminderWorkingDays, null), null, null, null, workdays,
                null, null);
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, 0), ZONE).toInstant());
    }

    @Test
    void theReminderSkipsEasterAndTheRegistrationIsDueTwoWorkingDaysAfter() {
        // Wednesday 24 April 2030: 2. påskedag (22), langfredag (19) and skærtorsdag (18) are not working days
        TeachingService.PlanDates dates = service(3).planDates(LocalDate.of(2030, 4, 24));
        assertThat(dates.reminderAt()).isEqualTo(at(2030, 4, 16, 8));
        assertThat(dates.registrationDue()).isEqualTo(at(2030, 4, 26, 16));
    }

    @Test
    void theReminderSkipsTheWeekendAndTheConfiguredDaysCount() {
        // Tuesday 8 October 2030: one working day before is Monday, three is Thursday the week before
        assertThat(service(1).planDates(LocalDate.of(2030, 10, 8)).reminderAt()).isEqualTo(at(2030, 10, 7, 8));
        assertThat(service(3).planDates(LocalDate.of(2030, 10, 8)).reminderAt()).isEqualTo(at(2030, 10, 3, 8));
        assertThat(service(0).planDates(LocalDate.of(2030, 10, 8)).reminderAt()).isEqualTo(at(2030, 10, 8, 8));
    }

    @Test
    void aReminderThatHasPassedIsNow() {
        long before = System.currentTimeMillis();
        Date reminder = service(3).planDates(LocalDate.now(ZONE)).reminderAt();
        assertThat(reminder.getTime()).isBetween(before, System.currentTimeMillis());
    }
}
