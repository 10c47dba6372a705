package dk.trekant.reporting;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.springframework.stereotype.Component;

import dk.trekant.individual.incident.IncidentSource;
import dk.trekant.individual.youthcase.YouthCaseProperties;
import dk.trekant.individual.youthcase.YouthCaseStatistics;
import dk.trekant.individual.youthcase.YouthCaseStatistics.Assessment;
import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.platform.labels.DanishLabels;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;

/**
 * The individual track's figures, from its statistics (incidents, cases, dialogues, documents; the
 * module's own queries, {@link YouthCaseStatistics}) and the process history (social services' acknowledgement of a handover). Counts only: no id,
 * name, text or date of a person leaves this class.
 */
@Component
class CaseFigures implements FigureSource {

    static final List<String> LEVELS = List.of("GENEREL", "MAALRETTET", "INDIVIDUEL");
    static final String ACKNOWLEDGE_HANDOVER = "acknowledgeHandover";

    private final YouthCaseStatistics statistics;
    private final PartnerService partners;
    private final HistoryService history;
    private final WorkingDayCalendar workdays;
    private final int assessmentWorkingDays;
    private final Supplier<Instant> now;

    CaseFigures(YouthCaseStatistics statistics, PartnerService partners, HistoryService history, WorkingDayCalendar workdays,
            YouthCaseProperties properties) {
        this.statistics = statistics;
        this.partners = partners;
        this.history = history;
        this.workdays = workdays;
        this.assessmentWorkingDays = properties.assessmentWorkingDays();
        this.now = Instant::now;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Section> sections(ReportPeriod period) {
        Instant from = start(period.from());
        Instant to = start(period.to().plusDays(1));
        return List.of(incidentsBySource(from, to), incidentsByPartnerKind(from, to), levels(from, to), triage(from, to),
                timeToAssessment(from, to), deadlines(from, to), parentDialogues(from, to), handovers(from, to),
                openCasesByLevel(to));
    }

    // ------------------------------------------------------------------ notifications and concerns

    Section incidentsBySource(Instant from, Instant to) {
        Map<String, long[]> counts = new HashMap<>();
        for (YouthCaseStatistics.SourceCount count : statistics.incidentsBySource(from, to)) {
            long[] byTrack = counts.computeIfAbsent(count.source(), key -> new long[2]);
            byTrack["ADULT".equals(count.track()) ? 1 : 0] += count.count();
        }
        List<Row> rows = new ArrayList<>();
        long[] total = new long[2];
        for (IncidentSource source : IncidentSource.values()) {
            long[] byTrack = counts.getOrDefault(source.name(), new long[2]);
            total[0] += byTrack[0];
            total[1] += byTrack[1];
            rows.add(new Row(source.name(), sourceName(source),
                    List.of(Cell.count(byTrack[0] + byTrack[1]), Cell.count(byTrack[0]), Cell.count(byTrack[1]))));
        }
        rows.add(new Row("TOTAL", "I alt", List.of(Cell.count(total[0] + total[1]), Cell.count(total[0]), Cell.count(total[1]))));
        return new Section("incidentsBySource", "Underretninger og bekymringer efter kilde",
                "Modtaget i perioden. Alder ved hændelsen.", List.of("I alt", "Under 18 år", "18 år og derover"), rows);
    }

    Section incidentsByPartnerKind(Instant from, Instant to) {
        Map<String, Long> counts = new HashMap<>();
        Map<UUID, String> kinds = new HashMap<>();
        partners.all().forEach(partner -> kinds.put(partner.getId(), partner.getKind().name()));
        statistics.incidentsByPartner(from, to).forEach((partner, count) ->
                counts.merge(partner == null ? "STAFF" : kinds.getOrDefault(partner, "STAFF"), count, Long::sum));
        List<Row> rows = new ArrayList<>();
        for (PartnerKind kind : PartnerKind.values()) {
            rows.add(new Row(kind.name(), partnerKindName(kind.name()), List.of(Cell.count(counts.getOrDefault(kind.name(), 0L)))));
        }
        rows.add(new Row("STAFF", partnerKindName("STAFF"), List.of(Cell.count(counts.getOrDefault("STAFF", 0L)))));
        return new Section("incidentsByPartnerKind", "Underretninger og bekymringer efter afsender",
                "Modtaget i perioden, efter samarbejdspartnerens art.", List.of("Antal"), rows);
    }

    /** Incidents per ISO week by source (the dashboard's chart); weeks whose Monday lies in the period. */
    Section incidentsPerWeek(LocalDate fromDay, LocalDate toDay) {
        LocalDate firstMonday = fromDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Map<String, Long>> weeks = new LinkedHashMap<>();
        for (LocalDate monday = firstMonday; !monday.isAfter(toDay); monday = monday.plusWeeks(1)) {
            weeks.put(monday, new HashMap<>());
        }
        if (weeks.isEmpty()) {
            return new Section("incidentsPerWeek", "Underretninger og bekymringer pr. uge", "", sourceColumns(), List.of());
        }
        LocalDate lastMonday = firstMonday.plusWeeks(weeks.size() - 1);
        for (YouthCaseStatistics.Received received : statistics.incidentsReceived(start(firstMonday),
                start(lastMonday.plusWeeks(1)))) {
            LocalDate day = received.receivedAt().atZone(zone()).toLocalDate();
            Map<String, Long> week = weeks.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
            if (week != null) {
                week.merge(received.source(), 1L, Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        weeks.forEach((monday, counts) -> {
            List<Cell> cells = new ArrayList<>();
            for (IncidentSource source : IncidentSource.values()) {
                cells.add(Cell.count(counts.getOrDefault(source.name(), 0L)));
            }
            rows.add(new Row(monday.toString(), "Uge " + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), cells));
        });
        return new Section("incidentsPerWeek", "Underretninger og bekymringer pr. uge",
                "Uger, hvis mandag ligger i perioden.", sourceColumns(), rows);
    }

    private static List<String> sourceColumns() {
        List<String> columns = new ArrayList<>();
        for (IncidentSource source : IncidentSource.values()) {
            columns.add(sourceName(source));
        }
        return columns;
    }

    // ------------------------------------------------------------------ triage and assessment

    Section levels(Instant from, Instant to) {
        Map<String, Long> proposed = new HashMap<>();
        Map<String, Long> chosen = new HashMap<>();
        for (YouthCaseStatistics.Levels levels : statistics.levelsAssessed(from, to)) {
            if (levels.proposed() != null) {
                proposed.merge(levels.proposed(), 1L, Long::sum);
            }
            if (levels.decided() != null) {
                chosen.merge(levels.decided(), 1L, Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String level : LEVELS) {
            rows.add(new Row(level, levelName(level),
                    List.of(Cell.count(chosen.getOrDefault(level, 0L)), Cell.count(proposed.getOrDefault(level, 0L)))));
        }
        return new Section("levels", "Indsatsniveau: valgt og foreslået",
                "Sager vurderet i perioden: det indsatsniveau, koordinatoren valgte, og det, som Trekants faste vurderingsregler foreslog.", List.of("Valgt", "Foreslået"), rows);
    }

    Section triage(Instant from, Instant to) {
        Map<String, Long> pairs = new HashMap<>();
        for (YouthCaseStatistics.Levels levels : statistics.levelsAssessed(from, to)) {
            pairs.merge(levels.proposed() + ">" + levels.decided(), 1L, Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (String proposedLevel : LEVELS) {
            List<Cell> cells = new ArrayList<>();
            long total = 0;
            for (String decidedLevel : LEVELS) {
                total += pairs.getOrDefault(proposedLevel + ">" + decidedLevel, 0L);
            }
            cells.add(Cell.count(total));
            for (String decidedLevel : LEVELS) {
                cells.add(Cell.count(pairs.getOrDefault(proposedLevel + ">" + decidedLevel, 0L)));
            }
            rows.add(new Row(proposedLevel, "Foreslået " + levelName(proposedLevel).toLowerCase(), cells));
        }
        return new Section("triage", "Triage: foreslået mod valgt niveau",
                "Sager vurderet i perioden. Rækker: triagens forslag; kolonner: koordinatorens valg.",
                List.of("I alt", "Valgt generel", "Valgt målrettet", "Valgt individuel"), rows);
    }

    Section timeToAssessment(Instant from, Instant to) {
        List<Assessment> assessed = statistics.assessed(from, to);
        return new Section("timeToAssessment", "Tid fra modtagelse til vurdering",
                "Sager vurderet i perioden, timer fra modtagelsen. Median og 90. percentil vises først fra 5 sager.",
                List.of("Median (timer)", "90. percentil (timer)", "Sager"),
                List.of(durationRow("ALL", "Alle sager", assessed),
                        durationRow("ACUTE", "Akutte (frist 24 timer)", assessed.stream().filter(Assessment::acute).toList()),
                        durationRow("NORMAL", "Øvrige (frist " + assessmentWorkingDays + " hverdage)",
                                assessed.stream().filter(a -> !a.acute()).toList())));
    }

    private static Row durationRow(String key, String label, List<Assessment> assessments) {
        List<Double> hours = assessments.stream()
                .map(a -> Duration.between(a.openedAt(), a.assessedAt()).toMinutes() / 60.0)
                .sorted().toList();
        boolean enough = hours.size() >= ReportFigures.SMALL_CELL;
        return new Row(key, label, List.of(
                Cell.hoursOrNone(enough ? Percentiles.of(hours, 0.5) : null),
                Cell.hoursOrNone(enough ? Percentiles.of(hours, 0.9) : null),
                Cell.count(hours.size())));
    }

    /**
     * Deadlines that fell due in the period, and how many were missed: done after the deadline, or
     * not done when the period ended (or now, for the running month).
     */
    Section deadlines(Instant from, Instant to) {
        Instant cutoff = to.isBefore(now.get()) ? to : now.get();
        long[] acute = new long[2];
        long[] normal = new long[2];
        // a deadline in the period belongs to a case opened at most a few weeks before it
        for (Assessment opened : statistics.opened(from.minus(Duration.ofDays(31)), to)) {
            Instant due = opened.acute() ? opened.openedAt().plus(Duration.ofHours(24))
                    : workdays.after(Date.from(opened.openedAt()), assessmentWorkingDays).toInstant();
            if (due.isBefore(from) || !due.isBefore(to)) {
                continue;
            }
            long[] counter = opened.acute() ? acute : normal;
            counter[1]++;
            if (missed(due, opened.assessedAt(), cutoff)) {
                counter[0]++;
            }
        }
        long[] social = new long[2];
        long[] receipt = new long[2];
        for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery()
                .taskDefinitionKey(ACKNOWLEDGE_HANDOVER)
                .startedAfter(Date.from(from.minus(Duration.ofDays(31))))
                .startedBefore(Date.from(to))
                .list()) {
            Instant created = task.getStartTime().toInstant();
            Instant done = task.getEndTime() == null ? null : task.getEndTime().toInstant();
            Instant assessmentDue = task.getDueDate() != null ? task.getDueDate().toInstant() : created.plus(Duration.ofHours(24));
            if (!assessmentDue.isBefore(from) && assessmentDue.isBefore(to)) {
                social[1]++;
                if (missed(assessmentDue, done, cutoff)) {
                    social[0]++;
                }
            }
            Instant receiptDue = workdays.after(Date.from(created), 6).toInstant();
            if (!receiptDue.isBefore(from) && receiptDue.isBefore(to)) {
                receipt[1]++;
                if (missed(receiptDue, done, cutoff)) {
                    receipt[0]++;
                }
            }
        }
        return new Section("deadlines", "Frister overskredet",
                "Frister, der udløb i perioden: overskredet = udført efter fristen eller ikke udført ved periodens slutning.",
                List.of("Overskredet", "Frister i alt"),
                List.of(deadlineRow("ACUTE_24H", "Akut vurdering inden 24 timer", acute),
                        deadlineRow("ASSESSMENT_DUE", "Vurdering inden fristen (" + assessmentWorkingDays + " hverdage)", normal),
                        deadlineRow("SOCIAL_24H", "Socialforvaltningens vurdering af underretning inden 24 timer", social),
                        deadlineRow("RECEIPT_6WD", "Kvittering for underretning inden 6 hverdage", receipt)));
    }

    private static boolean missed(Instant due, Instant done, Instant cutoff) {
        return done != null ? done.isAfter(due) : due.isBefore(cutoff);
    }

    private static Row deadlineRow(String key, String label, long[] counts) {
        return new Row(key, label, List.of(Cell.count(counts[0]), Cell.count(counts[1])));
    }

    // ------------------------------------------------------------------ actions and open cases

    Section parentDialogues(Instant from, Instant to) {
        Map<String, Long> outcomes = statistics.parentDialogueOutcomes(from, to);
        long concluded = outcomes.getOrDefault("CONCLUDED", 0L);
        long needsHandover = outcomes.getOrDefault("NEEDS_HANDOVER", 0L);
        return new Section("parentDialogues", "Forældresamtaler", "Registreret i perioden.", List.of("Antal"),
                List.of(new Row("HELD", "Afholdt", List.of(Cell.count(concluded + needsHandover))),
                        new Row("NEEDS_HANDOVER", "heraf fulgt af underretning", List.of(Cell.count(needsHandover))),
                        new Row("NO_SHOW", "Udeblivelser", List.of(Cell.count(outcomes.getOrDefault("NO_SHOW", 0L))))));
    }

    Section handovers(Instant from, Instant to) {
        long count = statistics.handoversSent(from, to);
        return new Section("handovers", "Underretninger til socialforvaltningen",
                "Underretninger efter Barnets lov § 133 sendt til Børne- og Familiecenteret i perioden.", List.of("Antal"),
                List.of(new Row("HANDOVER", "Underretninger", List.of(Cell.count(count)))));
    }

    Section openCasesByLevel(Instant end) {
        Map<String, Long> counts = new HashMap<>();
        for (YouthCaseStatistics.OpenCase open : statistics.openAt(end)) {
            String level = open.assessedAt() == null || !open.assessedAt().isBefore(end) || open.decidedLevel() == null
                    ? "NOT_ASSESSED" : open.decidedLevel();
            counts.merge(level, 1L, Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        long total = 0;
        for (String level : LEVELS) {
            long n = counts.getOrDefault(level, 0L);
            total += n;
            rows.add(new Row(level, levelName(level), List.of(Cell.count(n))));
        }
        long notAssessed = counts.getOrDefault("NOT_ASSESSED", 0L);
        rows.add(new Row("NOT_ASSESSED", "Endnu ikke vurderet", List.of(Cell.count(notAssessed))));
        rows.add(new Row("TOTAL", "I alt", List.of(Cell.count(total + notAssessed))));
        return new Section("openCasesByLevel", "Åbne sager ved periodens slutning", "Efter valgt indsatsniveau.",
                List.of("Sager"), rows);
    }

    // ------------------------------------------------------------------ names

    static String sourceName(IncidentSource source) {
        return switch (source) {
            case SECTION_115 -> "§115-underretning fra politiet";
            case CONCERN -> "Bekymringshenvendelse (skole, klub, medarbejder)";
            case JOINT_MEETING -> "Bekymring fra fælles forebyggelsesmøde";
        };
    }

    static String partnerKindName(String kind) {
        return kind != null && DanishLabels.labels(DanishLabels.Kind.PARTNER_KIND).containsKey(kind)
                ? DanishLabels.label(DanishLabels.Kind.PARTNER_KIND, kind)
                : "Medarbejder i teamet";
    }

    static String levelName(String level) {
        return DanishLabels.label(DanishLabels.Kind.LEVEL, level);
    }

    private ZoneId zone() {
        return workdays.zone();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }
}
