package dk.trekant.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dk.trekant.general.SurveyFindings;
import dk.trekant.general.SurveyFindings.IndicatorValue;
import dk.trekant.general.SurveyFindings.SurveyFinding;
import dk.trekant.reporting.ReportFigures.Cell;
import dk.trekant.reporting.ReportFigures.Row;
import dk.trekant.reporting.ReportFigures.Section;

/**
 * The theme report's findings from Ungeprofilundersøgelsen: the consultant's key findings and the
 * configured indicators of the latest analysis in the report's year (or the year before). Only in the
 * yearly theme report; a month has no survey.
 */
@Component
class SurveyReportFigures implements FigureSource {

    private final SurveyFindings findings;

    SurveyReportFigures(SurveyFindings findings) {
        this.findings = findings;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public List<Section> sections(ReportPeriod period) {
        if (period.kind() != ReportKind.ANNUAL) {
            return List.of();
        }
        int year = period.to().getYear();
        Optional<SurveyFinding> latest = findings.forYear(year).or(() -> findings.forYear(year - 1));
        if (latest.isEmpty()) {
            return List.of(new Section("survey", "Ungeprofilundersøgelsen", "Ingen analyse registreret for " + (year - 1)
                    + " eller " + year + ".", List.of("Værdi"), List.of()));
        }
        SurveyFinding finding = latest.get();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("FINDINGS", "Hovedfund", List.of(Cell.text(finding.findings()))));
        for (IndicatorValue indicator : finding.indicators()) {
            rows.add(new Row("INDICATOR_" + indicator.code(), indicator.label(),
                    List.of(new Cell(percent(indicator), indicator.percent().doubleValue()))));
        }
        return List.of(new Section("survey", "Ungeprofilundersøgelsen " + finding.year(),
                "Konsulentens analyse af årets undersøgelse (andele af de adspurgte elever, ingen enkeltpersoner).",
                List.of("Værdi"), rows));
    }

    private static String percent(IndicatorValue indicator) {
        return indicator.percent().stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
