package dk.trekant.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.identity.StaffGroups;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;

/**
 * Computes a report's figures from every {@link FigureSource}. The monthly report, the theme
 * report, the leader's dashboard and {@code GET /api/v1/statistics} all come from here.
 */
@Service
public class ReportFiguresService {

    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.forLanguageTag("da-DK"));

    private final List<FigureSource> sources;
    private final CaseFigures caseFigures;
    private final TaskService taskService;

    ReportFiguresService(List<FigureSource> sources, CaseFigures caseFigures, TaskService taskService) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(FigureSource::order)).toList();
        this.caseFigures = caseFigures;
        this.taskService = taskService;
    }

    /** The report's figures: for a month its sections; for the theme report the year's sections and each figure's 12-month trend. */
    @Transactional(readOnly = true)
    public ReportFigures compute(ReportPeriod period) {
        List<Section> sections = new ArrayList<>(sectionsOf(period));
        if (period.kind() == ReportKind.ANNUAL) {
            sections.addAll(trend(period));
        }
        return new ReportFigures(period.kind().name(), period.label(), period.from().toString(), period.to().toString(),
                sections);
    }

    /** The same figures without the sections that stay inside the team (for partners). */
    public ReportFigures forPartners(ReportFigures figures) {
        Set<String> internal = sources.stream().flatMap(source -> source.internalSections().stream())
                .flatMap(id -> java.util.stream.Stream.of(id, "trend:" + id)).collect(Collectors.toSet());
        return new ReportFigures(figures.kind(), figures.period(), figures.from(), figures.to(),
                figures.sections().stream().filter(section -> !internal.contains(section.id())).toList());
    }

    private List<Section> sectionsOf(ReportPeriod period) {
        List<Section> sections = new ArrayList<>();
        for (FigureSource source : sources) {
            sections.addAll(source.sections(period));
        }
        return sections;
    }

    /**
     * One trend section per section of the monthly report: its rows, and for each of the twelve
     * months the row's headline figure (the first column). Rows per preventer are left out (their
     * numbering is per month).
     */
    private List<Section> trend(ReportPeriod year) {
        List<YearMonth> months = year.months();
        Map<String, List<Section>> perSection = new LinkedHashMap<>();
        for (YearMonth month : months) {
            for (Section section : sectionsOf(ReportPeriod.month(month))) {
                perSection.computeIfAbsent(section.id(), id -> new ArrayList<>()).add(section);
            }
        }
        List<String> columns = months.stream().map(SHORT_MONTH::format).toList();
        List<Section> trends = new ArrayList<>();
        perSection.forEach((id, monthly) -> {
            Section first = monthly.get(0);
            List<Row> rows = new ArrayList<>();
            for (Row row : first.rows()) {
                if (row.key().startsWith(HourFigures.PREVENTER_PREFIX)) {
                    continue;
                }
                List<Cell> cells = monthly.stream()
                        .map(section -> section.row(row.key()).map(r -> r.cells().get(0)).orElse(Cell.none()))
                        .toList();
                rows.add(new Row(row.key(), row.label(), cells));
            }
            trends.add(new Section("trend:" + id, first.title() + " – udvikling måned for måned",
                    first.columns().get(0) + " pr. måned.", columns, rows));
        });
        return trends;
    }

    /** Incidents per ISO week by source, for the weeks whose Monday lies between the two days (the dashboard). */
    @Transactional(readOnly = true)
    public Section incidentsPerWeek(LocalDate from, LocalDate to) {
        return caseFigures.incidentsPerWeek(from, to);
    }

    /** Open tasks per staff group and how many are overdue, now (the dashboard; workload, not persons). */
    public Section openTasks() {
        Date now = Date.from(Instant.now());
        List<Row> rows = new ArrayList<>();
        for (String group : StaffGroups.STAFF) {
            long open = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active().count();
            long overdue = taskService.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().active()
                    .dueBefore(now).count();
            rows.add(new Row(group, groupName(group), List.of(new Cell(Long.toString(open), (double) open),
                    new Cell(Long.toString(overdue), (double) overdue))));
        }
        return new Section("openTasks", "Åbne opgaver pr. gruppe", "Opgaver i Tasklist lige nu; overskredet = forfaldsdato passeret.",
                List.of("Åbne", "Overskredne"), rows);
    }

    private static String groupName(String group) {
        return switch (group) {
            case StaffGroups.KOORDINATOR -> "Koordinatorer";
            case StaffGroups.FOREBYGGER -> "Forebyggere";
            case StaffGroups.KONSULENT -> "Konsulenter";
            case StaffGroups.LEDER -> "Ledelse";
            case StaffGroups.SOCIALRAADGIVER -> "Socialrådgivere";
            default -> group;
        };
    }
}
