package dk.trekant.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.trekant.reporting.ReportFigures.Cell;

/** The small rules of the reports: small cells, percentiles, periods and CSV values. */
class ReportPiecesTest {

    @Test
    void countsFromOneToFourAreSuppressed() {
        assertThat(Cell.count(0)).isEqualTo(new Cell("0", 0.0));
        for (long n = 1; n <= 4; n++) {
            assertThat(Cell.count(n)).isEqualTo(new Cell("<5", null));
        }
        assertThat(Cell.count(5)).isEqualTo(new Cell("5", 5.0));
        assertThat(Cell.count(1234)).isEqualTo(new Cell("1234", 1234.0));
        assertThat(Cell.hours(new BigDecimal("19.75"))).isEqualTo(new Cell("19,8", 19.8));
        assertThat(Cell.hoursOrNone(null)).isEqualTo(new Cell("–", null));
    }

    @Test
    void percentilesInterpolateBetweenRanks() {
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0), 0.5)).isEqualTo(2.5);
        assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0.5)).isEqualTo(3.0);
        assertThat(Percentiles.of(List.of(7.0), 0.9)).isEqualTo(7.0);
        assertThat(Percentiles.of(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0), 0.9))
                .isCloseTo(91.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> Percentiles.of(List.of(), 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periodsAreTheMonthOrTwelveMonthsBefore() {
        ReportPeriod month = ReportPeriod.before(ReportKind.MONTHLY, LocalDate.of(2027, 1, 4));
        assertThat(month).isEqualTo(new ReportPeriod(ReportKind.MONTHLY, "2026-12", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(month.title()).isEqualTo("december 2026");
        ReportPeriod year = ReportPeriod.before(ReportKind.ANNUAL, LocalDate.of(2026, 9, 1));
        assertThat(year.label()).isEqualTo("A2026-08");
        assertThat(year.from()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(year.months()).hasSize(12).startsWith(YearMonth.of(2025, 9)).endsWith(YearMonth.of(2026, 8));
        assertThat(ReportPeriod.parse("A2026-08")).isEqualTo(year);
        assertThat(ReportPeriod.parse("2026-12")).isEqualTo(month);
        assertThat(ReportKind.fromSlug("annual")).isEqualTo(ReportKind.ANNUAL);
    }

    @Test
    void csvValuesAreQuotedAndNeverFormulas() {
        assertThat(ReportRendering.csvValue("168,0")).isEqualTo("168,0");
        assertThat(ReportRendering.csvValue("<5")).isEqualTo("<5");
        assertThat(ReportRendering.csvValue("a;b")).isEqualTo("\"a;b\"");
        assertThat(ReportRendering.csvValue("say \"hi\"\n")).isEqualTo("\"say \"\"hi\"\"\n\"");
        assertThat(ReportRendering.csvValue("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(ReportRendering.csvValue("-12")).isEqualTo("-12");
        assertThat(ReportRendering.csvValue("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }
}
