package dk.trekant.general;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * The consultants' yearly analysis of Ungeprofilundersøgelsen: key findings (free text) and the
 * configured indicators ({@code trekant.survey.indicators}, percentages of pupils), one analysis per
 * survey year. The annual report reads them with {@link #forYear(int)}.
 */
@Service
public class SurveyFindings {

    /** One indicator's value: code and label as configured when it was recorded, and the percentage (0-100). */
    public record IndicatorValue(String code, String label, BigDecimal percent) {
    }

    /** A year's analysis. */
    public record SurveyFinding(int year, String findings, List<IndicatorValue> indicators, String analysedBy,
            Instant recordedAt) {

        /** The percentage of one indicator, if it was recorded. */
        public Optional<BigDecimal> percent(String code) {
            return indicators.stream().filter(value -> value.code().equals(code)).map(IndicatorValue::percent).findFirst();
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcTemplate jdbc;
    private final SurveyProperties properties;
    private final WorkingDayCalendar workdays;
    private final Clock clock = Clock.systemUTC();

    SurveyFindings(JdbcTemplate jdbc, SurveyProperties properties, WorkingDayCalendar workdays) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.workdays = workdays;
    }

    /** The analysis of {@code year}'s survey, if recorded. */
    @Transactional(readOnly = true)
    public Optional<SurveyFinding> forYear(int year) {
        List<Object[]> rows = jdbc.query("""
                select id, findings, analysed_by, recorded_at from trekant_survey_finding where survey_year = ?""",
                (rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()},
                year);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        List<IndicatorValue> values = jdbc.query("""
                select indicator, label, value_percent from trekant_survey_indicator_value where finding_id = ?
                order by indicator""",
                (rs, n) -> new IndicatorValue(rs.getString(1), rs.getString(2), rs.getBigDecimal(3).setScale(2)),
                row[0]);
        List<IndicatorValue> ordered = new ArrayList<>();
        for (SurveyProperties.Indicator indicator : properties.indicators()) {
            values.stream().filter(value -> value.code().equals(indicator.code())).forEach(ordered::add);
        }
        values.stream().filter(value -> !ordered.contains(value)).forEach(ordered::add);
        return Optional.of(new SurveyFinding(year, (String) row[1], List.copyOf(ordered), (String) row[2], (Instant) row[3]));
    }

    /**
     * Records (or replaces) a year's analysis. Every configured indicator needs a value from 0 to 100.
     *
     * @throws IllegalArgumentException with a Danish message for Tasklist
     */
    @Transactional
    public SurveyFinding record(int year, String findings, Map<String, BigDecimal> indicatorValues, String analysedBy,
            String processInstanceId) {
        if (findings == null || findings.isBlank()) {
            throw new IllegalArgumentException("Skriv de vigtigste fund.");
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (SurveyProperties.Indicator indicator : properties.indicators()) {
            BigDecimal value = indicatorValues.get(indicator.code());
            if (value == null) {
                throw new IllegalArgumentException("Indikatoren \"" + indicator.label() + "\" mangler en værdi.");
            }
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("Indikatoren \"" + indicator.label() + "\" skal være en procent fra 0 til 100.");
            }
            values.put(indicator.code(), value.setScale(2, RoundingMode.HALF_UP));
        }
        for (String code : indicatorValues.keySet()) {
            if (!values.containsKey(code)) {
                throw new IllegalArgumentException("Ukendt indikator: " + code + ".");
            }
        }
        List<UUID> old = jdbc.queryForList("select id from trekant_survey_finding where survey_year = ?", UUID.class, year);
        for (UUID id : old) {
            jdbc.update("delete from trekant_survey_indicator_value where finding_id = ?", id);
            jdbc.update("delete from trekant_survey_finding where id = ?", id);
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.update("""
                insert into trekant_survey_finding (id, survey_year, findings, analysed_by, process_instance_id, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", id, year, findings.trim(), analysedBy, processInstanceId, Timestamp.from(now));
        for (SurveyProperties.Indicator indicator : properties.indicators()) {
            jdbc.update("""
                    insert into trekant_survey_indicator_value (finding_id, indicator, label, value_percent)
                    values (?, ?, ?, ?)""", id, indicator.code(), indicator.label(), values.get(indicator.code()));
        }
        return forYear(year).orElseThrow();
    }

    /**
     * The text the consultant fills in: one line per configured indicator, {@code label [CODE] = }
     * followed by the percentage.
     */
    public String indicatorTemplate() {
        StringBuilder template = new StringBuilder();
        for (SurveyProperties.Indicator indicator : properties.indicators()) {
            template.append(indicator.label()).append(" [").append(indicator.code()).append("] = \n");
        }
        return template.toString();
    }

    /**
     * Reads the filled-in template: each line {@code ... [CODE] = value} (a decimal comma is fine);
     * blank lines are skipped.
     */
    public Map<String, BigDecimal> parseIndicators(String text) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (text == null) {
            return values;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int open = line.lastIndexOf('[');
            int close = line.indexOf(']', open + 1);
            int equals = line.indexOf('=', close + 1);
            if (open < 0 || close < 0 || equals < 0) {
                throw new IllegalArgumentException("Linjen \"" + shorten(line) + "\" skal have formen: tekst [KODE] = procent.");
            }
            String code = line.substring(open + 1, close).trim();
            String value = line.substring(equals + 1).trim().replace("%", "").replace(',', '.').trim();
            if (value.isEmpty()) {
                continue;
            }
            try {
                values.put(code, new BigDecimal(value));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Værdien for " + code + " er ikke et tal.");
            }
        }
        return values;
    }

    private static String shorten(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }

    /** The survey year an analysis started now is about: the current year (Danish time). */
    public int currentYear() {
        return LocalDate.now(clock.withZone(workdays.zone())).getYear();
    }

    public int analysisWorkingDays() {
        return properties.analysisWorkingDays();
    }
}
