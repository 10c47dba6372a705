package dk.trekant.platform.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.TreeSet;

/**
 * Danish public holidays (helligdage) for any year, computed from the date of Easter.
 * Store bededag (4th Friday after Easter) was abolished from 2024.
 */
public final class DanishHolidays {

    private static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

    private DanishHolidays() {
    }

    public static Set<LocalDate> of(int year) {
        LocalDate easter = easterSunday(year);
        Set<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(year, 1, 1));      // nytårsdag
        days.add(easter.minusDays(3));           // skærtorsdag
        days.add(easter.minusDays(2));           // langfredag
        days.add(easter);                        // påskedag
        days.add(easter.plusDays(1));            // 2. påskedag
        if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
            days.add(easter.plusDays(26));       // store bededag
        }
        days.add(easter.plusDays(39));           // Kristi himmelfartsdag
        days.add(easter.plusDays(49));           // pinsedag
        days.add(easter.plusDays(50));           // 2. pinsedag
        days.add(LocalDate.of(year, 12, 25));    // juledag
        days.add(LocalDate.of(year, 12, 26));    // 2. juledag
        return days;
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    static boolean isOneOf(LocalDate date, Set<MonthDay> extraClosedDays) {
        return extraClosedDays.contains(MonthDay.from(date));
    }
}
