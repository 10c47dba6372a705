package dk.trekant.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;

/**
 * Hours from the shared hour log: outreach per preventer per week against the strategy's 20-30
 * hours, and all hours by kind. Weeks belong to the month their Monday lies in, so no week counts
 * twice. Preventers are shown as "Forebygger 1", "Forebygger 2" ... (no names in a report).
 */
@Component
class HourFigures implements FigureSource {

    static final BigDecimal TARGET_LOW = BigDecimal.valueOf(20);
    static final BigDecimal TARGET_HIGH = BigDecimal.valueOf(30);
    /** Rows per preventer have keys with this prefix; the theme report's trend leaves them out. */
    static final String PREVENTER_PREFIX = "PREVENTER_";

    private final HourLog hourLog;

    HourFigures(HourLog hourLog) {
        this.hourLog = hourLog;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<String> internalSections() {
        return List.of("outreachHours");
    }

    @Override
    public List<Section> sections(ReportPeriod period) {
        LocalDate firstMonday = period.from().with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
            mondays.add(monday);
        }
        // the weekly norm is about whole weeks (those whose Monday lies in the period); every total of
        // hours is the period's own (ReportPeriod.hours), as in the hotspot table
        List<HourEntry> weeks = mondays.isEmpty() ? List.of()
                : hourLog.between(firstMonday, mondays.get(mondays.size() - 1).plusDays(6));
        return List.of(outreach(mondays, weeks), byKind(period.hours(hourLog)));
    }

    private Section outreach(List<LocalDate> mondays, List<HourEntry> entries) {
        // user -> Monday -> hours; users in id order, numbered from 1
        Map<String, Map<LocalDate, BigDecimal>> perUser = new TreeMap<>();
        for (HourEntry entry : entries) {
            if (entry.kind().isOutreach()) {
                LocalDate monday = entry.workDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                perUser.computeIfAbsent(entry.staffUser(), user -> new TreeMap<>()).merge(monday, entry.hours(), BigDecimal::add);
            }
        }
        List<Row> rows = new ArrayList<>();
        List<BigDecimal> allWeeks = new ArrayList<>();
        int number = 1;
        for (Map<LocalDate, BigDecimal> weeks : perUser.values()) {
            List<BigDecimal> hours = mondays.stream().map(monday -> weeks.getOrDefault(monday, BigDecimal.ZERO)).toList();
            allWeeks.addAll(hours);
            rows.add(outreachRow(PREVENTER_PREFIX + number, "Forebygger " + number, hours));
            number++;
        }
        rows.add(outreachRow("TEAM", "Alle forebyggere (gennemsnit pr. forebygger)", allWeeks));
        return new Section("outreachHours", "Opsøgende timer pr. forebygger pr. uge",
                "Strategiens pejlemærke: 20-30 timer om ugen pr. forebygger (hotspots, arbejdspladser, voldsomme hændelser, "
                        + "skole/klub/forening). Uger, hvis mandag ligger i perioden; en uge uden registrering tæller 0 timer.",
                List.of("Gns. timer pr. uge", "Uger", "Uger under 20 t", "Uger 20-30 t", "Uger over 30 t"), rows);
    }

    private static Row outreachRow(String key, String label, List<BigDecimal> weeks) {
        BigDecimal sum = weeks.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = weeks.isEmpty() ? BigDecimal.ZERO
                : sum.divide(BigDecimal.valueOf(weeks.size()), 2, RoundingMode.HALF_UP);
        long below = weeks.stream().filter(h -> h.compareTo(TARGET_LOW) < 0).count();
        long above = weeks.stream().filter(h -> h.compareTo(TARGET_HIGH) > 0).count();
        return new Row(key, label, List.of(Cell.hours(average), number(weeks.size()), number(below),
                number(weeks.size() - below - above), number(above)));
    }

    /** A number of weeks: not a count of persons, not suppressed. */
    private static Cell number(long n) {
        return new Cell(Long.toString(n), (double) n);
    }

    private static Section byKind(List<HourEntry> entries) {
        Map<HourKind, BigDecimal> sums = new EnumMap<>(HourKind.class);
        for (HourEntry entry : entries) {
            sums.merge(entry.kind(), entry.hours(), BigDecimal::add);
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (HourKind kind : HourKind.values()) {
            BigDecimal hours = sums.getOrDefault(kind, BigDecimal.ZERO);
            total = total.add(hours);
            rows.add(new Row(kind.name(), kindName(kind), List.of(Cell.hours(hours))));
        }
        rows.add(new Row("TOTAL", "I alt", List.of(Cell.hours(total))));
        return new Section("hoursByKind", "Timer efter opgave", "Alle timer registreret på periodens dage (en vagt tæller på den dag, den begyndte).",
                List.of("Timer"), rows);
    }

    static String kindName(HourKind kind) {
        return switch (kind) {
            case HOTSPOT_PRESENCE -> "Tilstedeværelse ved hotspots";
            case WORKPLACE_VISIT -> "Besøg på arbejdspladser";
            case SERIOUS_INCIDENT_PRESENCE -> "Tilstedeværelse efter voldsom hændelse";
            case INSTITUTION_OUTREACH -> "Opsøgende arbejde på skole, klub og forening";
            case TEACHING -> "Undervisning";
            case MEETING -> "Møder (bl.a. fælles forebyggelsesmøder)";
        };
    }
}
