package dk.trekant.reporting;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * The report process's questions to the calendar (bean {@code reportCalendar}, on the {@code workdays}
 * calendar): is today the month's first working day, and is this the theme report's month.
 */
@Component("reportCalendar")
public class ReportCalendar {

    private final WorkingDayCalendar workdays;
    private final int themeReportMonth;

    @Autowired
    ReportCalendar(WorkingDayCalendar workdays, ReportProperties properties) {
        this(workdays, properties.themeReportMonth());
    }

    public ReportCalendar(WorkingDayCalendar workdays, int themeReportMonth) {
        this.workdays = workdays;
        this.themeReportMonth = themeReportMonth;
    }

    /** Whether the day of {@code now} (in the calendar's zone) is the first working day of its month. */
    public boolean isFirstWorkingDayOfMonth(Date now) {
        LocalDate today = today(now);
        if (!workdays.isWorkingDay(today)) {
            return false;
        }
        for (LocalDate day = today.withDayOfMonth(1); day.isBefore(today); day = day.plusDays(1)) {
            if (workdays.isWorkingDay(day)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code now} lies in the month the yearly theme report is made. */
    public boolean isThemeReportMonth(Date now) {
        return today(now).getMonthValue() == themeReportMonth;
    }

    private LocalDate today(Date now) {
        return now.toInstant().atZone(workdays.zone()).toLocalDate();
    }
}
