package dk.trekant.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourLog;

/**
 * The days a report covers, both included, and its label: {@code 2026-10} for a month; for the
 * theme report the label of its last month with an {@code A} prefix, e.g. {@code A2026-08} for the
 * twelve months September 2025 to August 2026.
 */
public record ReportPeriod(ReportKind kind, String label, LocalDate from, LocalDate to) {

    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM yyyy",
            Locale.forLanguageTag("da-DK"));

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(ReportKind.MONTHLY, month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The twelve months ending with {@code lastMonth}. */
    public static ReportPeriod year(YearMonth lastMonth) {
        YearMonth first = lastMonth.minusMonths(11);
        return new ReportPeriod(ReportKind.ANNUAL, "A" + lastMonth, first.atDay(1), lastMonth.atEndOfMonth());
    }

    /** The period a report of this kind made on {@code today} covers: the month (or twelve months) before it. */
    public static ReportPeriod before(ReportKind kind, LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return kind == ReportKind.MONTHLY ? month(last) : year(last);
    }

    /** Parses a label as made by {@link #month} or {@link #year}. */
    public static ReportPeriod parse(String label) {
        if (label.startsWith("A")) {
            return year(YearMonth.parse(label.substring(1)));
        }
        return month(YearMonth.parse(label));
    }

    /**
     * The period's hours, the one definition every table of hours uses: everything logged with a
     * work date in the period. A shift counts on the day it started (the hotspot shift from 30
     * November 22:00 to 1 December 02:00 is November's), so no hour is counted in two periods or in
     * none.
     */
    public List<HourEntry> hours(HourLog hourLog) {
        return hourLog.between(from, to);
    }

    /** The months of the period, oldest first. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** "oktober 2026", or "september 2025 – august 2026". */
    public String title() {
        if (kind == ReportKind.MONTHLY) {
            return MONTH_NAME.format(from);
        }
        return MONTH_NAME.format(from) + " – " + MONTH_NAME.format(to);
    }
}
