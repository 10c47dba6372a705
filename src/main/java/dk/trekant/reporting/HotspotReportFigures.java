package dk.trekant.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dk.trekant.hours.HourEntry;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;
import dk.trekant.targeted.hotspot.Hotspot;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotStatus;

/**
 * Targeted prevention: the hotspots active in the period (an approved period that overlaps it, or
 * presence logged in it) and their presence hours from the hour log, per area. Areas are places,
 * not persons; the number of hotspots is a count like any other (small cells shown as "<5").
 */
@Component
class HotspotReportFigures implements FigureSource {

    private final HotspotService hotspots;
    private final HourLog hourLog;

    HotspotReportFigures(HotspotService hotspots, HourLog hourLog) {
        this.hotspots = hotspots;
        this.hourLog = hourLog;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<Section> sections(ReportPeriod period) {
        Map<UUID, BigDecimal> hours = new LinkedHashMap<>();
        Map<UUID, Integer> shifts = new LinkedHashMap<>();
        for (HourEntry entry : period.hours(hourLog)) {
            if (entry.sourceType() == HourSource.HOTSPOT) {
                hours.merge(entry.sourceId(), entry.hours(), BigDecimal::add);
                shifts.merge(entry.sourceId(), 1, Integer::sum);
            }
        }
        List<Hotspot> active = new ArrayList<>();
        for (HotspotStatus status : List.of(HotspotStatus.ACTIVE, HotspotStatus.EVALUATED, HotspotStatus.CLOSED)) {
            for (Hotspot hotspot : hotspots.withStatus(status)) {
                boolean overlaps = hotspot.getPeriodFrom() != null && hotspot.getPeriodTo() != null
                        && !hotspot.getPeriodFrom().isAfter(period.to()) && !hotspot.getPeriodTo().isBefore(period.from());
                if (overlaps || hours.containsKey(hotspot.getId())) {
                    active.add(hotspot);
                }
            }
        }
        active.sort(Comparator.comparing(Hotspot::getAreaName));
        List<Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int totalShifts = 0;
        for (Hotspot hotspot : active) {
            BigDecimal logged = hours.getOrDefault(hotspot.getId(), BigDecimal.ZERO);
            int logs = shifts.getOrDefault(hotspot.getId(), 0);
            total = total.add(logged);
            totalShifts += logs;
            rows.add(new Row("HOTSPOT_" + hotspot.getId(), hotspot.getAreaName(),
                    List.of(Cell.hours(logged), new Cell(Integer.toString(logs), (double) logs), Cell.text(""))));
        }
        rows.add(0, new Row("TOTAL", "I alt", List.of(Cell.hours(total),
                new Cell(Integer.toString(totalShifts), (double) totalShifts), Cell.count(active.size()))));
        return List.of(new Section("hotspots", "Hotspots og tryghedsskabende tilstedeværelse",
                "Hotspots med en godkendt periode i måneden eller registreret tilstedeværelse; timer og vagter fra timeregistreringen.",
                List.of("Timer", "Registrerede vagter", "Aktive hotspots"), rows));
    }
}
