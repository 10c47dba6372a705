package dk.trekant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.reporting.ReportFigures.Section;
import dk.trekant.support.TrekantTest;
import dk.trekant.targeted.hotspot.Hotspot;
import dk.trekant.targeted.hotspot.HotspotService;
import dk.trekant.targeted.hotspot.HotspotShift;
import dk.trekant.targeted.hotspot.HotspotShiftReport;
import dk.trekant.targeted.hotspot.HotspotStatus;

/**
 * One definition of a period's hours (issue 19: November's report showed a hotspot's 6,0 t under
 * "Timer efter opgave" and 0,0 t in the hotspot table): a presence shift from 30 November 22:00 to
 * 1 December 02:00 counts in November, in both tables alike, and not at all in December.
 */
@TrekantTest
class PeriodHoursTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final YearMonth NOVEMBER = YearMonth.of(2013, 11);

    @Autowired
    HotspotService hotspots;
    @Autowired
    ReportFiguresService reports;
    @Autowired
    JdbcTemplate jdbc;

    private final List<HotspotShift> shifts = new ArrayList<>();

    /**
     * November 2013 begins on a Friday and its last week (from Monday 25th) ends on Sunday 1 December:
     * the week-based sum that "Timer efter opgave" used missed 2 November and took 1 December.
     */
    @Test
    void aShiftAcrossTheMonthBoundaryCountsInTheMonthItBeganInEveryTable() {
        Hotspot hotspot = hotspots.withStatus(HotspotStatus.ACTIVE).get(0);
        shift(hotspot, LocalDateTime.of(2013, 11, 2, 10, 0), LocalDateTime.of(2013, 11, 2, 11, 0));
        shift(hotspot, LocalDateTime.of(2013, 11, 30, 22, 0), LocalDateTime.of(2013, 12, 1, 2, 0));
        shift(hotspot, LocalDateTime.of(2013, 12, 1, 10, 0), LocalDateTime.of(2013, 12, 1, 12, 0));

        ReportFigures november = reports.compute(ReportPeriod.month(NOVEMBER));
        assertThat(hours(november.section("hoursByKind").orElseThrow(), "HOTSPOT_PRESENCE")).isEqualTo("5,0");
        assertThat(hours(november.section("hotspots").orElseThrow(), "HOTSPOT_" + hotspot.getId())).isEqualTo("5,0");

        ReportFigures december = reports.compute(ReportPeriod.month(NOVEMBER.plusMonths(1)));
        assertThat(hours(december.section("hoursByKind").orElseThrow(), "HOTSPOT_PRESENCE")).isEqualTo("2,0");
        assertThat(hours(december.section("hotspots").orElseThrow(), "HOTSPOT_" + hotspot.getId())).isEqualTo("2,0");
    }

    private void shift(Hotspot hotspot, LocalDateTime start, LocalDateTime end) {
        shifts.add(hotspots.recordShift(hotspot.getId(), "period-hours-" + UUID.randomUUID(), "forebygger",
                new HotspotShiftReport(start.atZone(COPENHAGEN).toInstant(), end.atZone(COPENHAGEN).toInstant(), null, 3,
                        null, null, false, false)));
    }

    @Test
    void theCommitteeReadsNoJargon() {
        ReportFigures november = reports.compute(ReportPeriod.month(NOVEMBER));
        for (Section section : november.sections()) {
            assertThat(section.title() + " " + section.note()).as(section.id()).doesNotContain("DMN");
        }
    }

    private static String hours(Section section, String key) {
        return section.row(key).orElseThrow(() -> new AssertionError(section.id() + " has no " + key)).cells().get(0).text();
    }

    @AfterEach
    void removeShifts() {
        for (HotspotShift shift : shifts) {
            jdbc.update("delete from trekant_hotspot_shift where task_id = ?", shift.getTaskId());
            jdbc.update("delete from trekant_hour_entry where id = ?", shift.getHourEntryId());
        }
        shifts.clear();
    }
}
