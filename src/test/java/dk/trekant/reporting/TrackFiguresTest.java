package dk.trekant.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.hours.HourKind;
import dk.trekant.hours.HourLog;
import dk.trekant.hours.HourSource;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Section;
import dk.trekant.support.TrekantTest;

/**
 * The general track's figures in the reports, from a seeded data set with known answers in June 2012
 * (no other test has data then): active hotspots and their presence hours, teaching held and pupils
 * reached per topic, and the survey's findings in the theme report only.
 */
@TrekantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrackFiguresTest {

    static final YearMonth JUNE = YearMonth.of(2012, 6);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportFiguresService service;
    @Autowired
    HourLog hourLog;

    UUID finding = UUID.randomUUID();
    UUID station = UUID.randomUUID();
    UUID centre = UUID.randomUUID();
    UUID notYet = UUID.randomUUID();

    @BeforeAll
    void seed() {
        // DIGITAL_DANNELSE: 5 courses, 2 classes and 48 pupils each; RUSMIDLER: 2 courses of 1 class and 22 pupils
        for (int i = 0; i < 5; i++) {
            course("DIGITAL_DANNELSE", LocalDate.of(2012, 6, 4 + i), 2, 48, "HELD");
        }
        course("RUSMIDLER", LocalDate.of(2012, 6, 12), 1, 22, "HELD");
        course("RUSMIDLER", LocalDate.of(2012, 6, 29), 1, 22, "HELD");
        // not counted: held the day after the month, and a cancelled course
        course("RUSMIDLER", LocalDate.of(2012, 7, 1), 1, 22, "HELD");
        course("GRUPPEPRES", LocalDate.of(2012, 6, 20), 3, 70, "CANCELLED");
        // Hotspots: one active all June with 3 + 2.5 hours logged, one closed in May with 4 hours logged on 1 June,
        // and one only approved for August (not active in June).
        hotspot(station, "Rapport Station 2012", "ACTIVE", LocalDate.of(2012, 6, 1), LocalDate.of(2012, 8, 31));
        hotspot(centre, "Rapport Centret 2012", "CLOSED", LocalDate.of(2012, 3, 1), LocalDate.of(2012, 5, 31));
        hotspot(notYet, "Rapport Parken 2012", "APPROVED", LocalDate.of(2012, 8, 1), LocalDate.of(2012, 9, 30));
        hourLog.record("rapport-a", LocalDate.of(2012, 6, 8), HourKind.HOTSPOT_PRESENCE, new BigDecimal("3"), HourSource.HOTSPOT,
                station, null, true);
        hourLog.record("rapport-b", LocalDate.of(2012, 6, 9), HourKind.HOTSPOT_PRESENCE, new BigDecimal("2.5"),
                HourSource.HOTSPOT, station, null, false);
        hourLog.record("rapport-a", LocalDate.of(2012, 6, 1), HourKind.HOTSPOT_PRESENCE, new BigDecimal("4"), HourSource.HOTSPOT,
                centre, null, false);
        jdbc.update("insert into trekant_survey_finding (id, survey_year, findings, analysed_by, recorded_at) values (?, ?, ?, ?, ?)",
                finding, 2012, "Flere elever føler sig trygge end sidste år.", "konsulent", Timestamp.from(Instant.now()));
        jdbc.update("insert into trekant_survey_indicator_value (finding_id, indicator, label, value_percent) values (?, ?, ?, ?)",
                finding, "FEEL_SAFE", "Føler sig trygge i skolen", new java.math.BigDecimal("87.50"));
    }

    void course(String topic, LocalDate heldAt, int classes, int pupils, String status) {
        jdbc.update("""
                insert into trekant_teaching_request (id, school_name, grade, classes, pupils, topic, wished_from, wished_to,
                    status, received_at, times_not_held, planned_date, held_at, classes_taught, pupils_reached, teaching_hours)
                values (?, 'Rapportskolen 2012', 8, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, 2)""",
                UUID.randomUUID(), classes, pupils, topic, Date.valueOf(heldAt.minusDays(30)), Date.valueOf(heldAt), status,
                Timestamp.from(Instant.parse("2012-05-01T08:00:00Z")), Date.valueOf(heldAt), Date.valueOf(heldAt),
                classes, pupils);
    }

    void hotspot(UUID id, String area, String status, LocalDate from, LocalDate to) {
        jdbc.update("""
                insert into trekant_hotspot (id, area_name, address, reason, times_of_day, proposed_by, proposer_kind, status,
                    period_from, period_to, shifts_per_week, shift_hours, proposed_at, version)
                values (?, ?, 'Rapportvej 1', 'Uro', 'Aften', 'Politiet', 'POLICE', ?, ?, ?, 2, 3, ?, 0)""",
                id, area, status, Date.valueOf(from), Date.valueOf(to), Timestamp.from(Instant.parse("2012-02-01T08:00:00Z")));
    }

    @AfterAll
    void clean() {
        jdbc.update("delete from trekant_hour_entry where source_id in (?, ?)", station, centre);
        jdbc.update("delete from trekant_hotspot where id in (?, ?, ?)", station, centre, notYet);
        jdbc.update("delete from trekant_teaching_request where school_name = 'Rapportskolen 2012'");
        jdbc.update("delete from trekant_survey_indicator_value where finding_id = ?", finding);
        jdbc.update("delete from trekant_survey_finding where id = ?", finding);
    }

    @Test
    void teachingHeldInTheMonthInAllAndPerTopic() {
        Section teaching = service.compute(ReportPeriod.month(JUNE)).section("teaching").orElseThrow();
        assertThat(teaching.columns()).containsExactly("Forløb", "Klasser", "Elever nået");
        assertThat(teaching.row("TOTAL").orElseThrow().cells()).extracting(Cell::text).containsExactly("7", "12", "284");
        assertThat(teaching.row("TOPIC_DIGITAL_DANNELSE").orElseThrow().label())
                .isEqualTo("Digital dannelse og deling af billeder");
        assertThat(teaching.row("TOPIC_DIGITAL_DANNELSE").orElseThrow().cells()).extracting(Cell::text)
                .containsExactly("5", "–", "240");
        // two courses is a small cell; 44 pupils is not
        assertThat(teaching.row("TOPIC_RUSMIDLER").orElseThrow().cells()).extracting(Cell::text)
                .containsExactly("<5", "–", "44");
        assertThat(teaching.row("TOPIC_GRUPPEPRES")).isEmpty();
    }

    @Test
    void activeHotspotsAndTheirPresenceHours() {
        Section hotspots = service.compute(ReportPeriod.month(JUNE)).section("hotspots").orElseThrow();
        assertThat(hotspots.columns()).containsExactly("Timer", "Registrerede vagter", "Aktive hotspots");
        // two hotspots is a small cell; hours and shifts are not counts of persons
        assertThat(hotspots.row("TOTAL").orElseThrow().cells()).extracting(Cell::text).containsExactly("9,5", "3", "<5");
        assertThat(hotspots.row("HOTSPOT_" + station).orElseThrow().label()).isEqualTo("Rapport Station 2012");
        assertThat(hotspots.row("HOTSPOT_" + station).orElseThrow().cells()).extracting(Cell::text)
                .containsExactly("5,5", "2", "");
        assertThat(hotspots.row("HOTSPOT_" + centre).orElseThrow().cells()).extracting(Cell::text)
                .containsExactly("4,0", "1", "");
        assertThat(hotspots.row("HOTSPOT_" + notYet)).isEmpty();
    }

    @Test
    void theSurveyIsInTheThemeReportOnly() {
        assertThat(service.compute(ReportPeriod.month(JUNE)).section("survey")).isEmpty();
        ReportFigures year = service.compute(ReportPeriod.year(YearMonth.of(2012, 8)));
        Section survey = year.section("survey").orElseThrow();
        assertThat(survey.title()).isEqualTo("Ungeprofilundersøgelsen 2012");
        assertThat(survey.row("FINDINGS").orElseThrow().cells().get(0).text())
                .isEqualTo("Flere elever føler sig trygge end sidste år.");
        assertThat(survey.row("INDICATOR_FEEL_SAFE").orElseThrow().cells()).extracting(Cell::text).containsExactly("87,5 %");
        assertThat(year.section("trend:teaching").orElseThrow().row("TOTAL").orElseThrow().cells())
                .extracting(Cell::text).containsExactly("0", "0", "0", "0", "0", "0", "0", "0", "0", "7", "<5", "0");
    }
}
