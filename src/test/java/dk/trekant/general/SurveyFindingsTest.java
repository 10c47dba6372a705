package dk.trekant.general;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import dk.trekant.support.TrekantTest;

/** The yearly survey findings: stored per year with every configured indicator, read back for the annual report. */
@TrekantTest
class SurveyFindingsTest {

    @Autowired
    SurveyFindings findings;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, BigDecimal> values(String feelSafe) {
        return Map.of("FEEL_SAFE", new BigDecimal(feelSafe), "TRIED_HASH", new BigDecimal("9"),
                "BULLIED", new BigDecimal("12.25"), "GOOD_WELLBEING", new BigDecimal("80"));
    }

    @Test
    void aYearsFindingsAreStoredAndReplacedByANewAnalysis() {
        assertThat(findings.forYear(2011)).isEmpty();
        findings.record(2011, "Første analyse", values("85"), "konsulent", null);
        SurveyFindings.SurveyFinding replaced = findings.record(2011, "Rettet analyse", values("87.5"), "konsulent", "pi-1");

        assertThat(replaced.year()).isEqualTo(2011);
        assertThat(replaced.findings()).isEqualTo("Rettet analyse");
        assertThat(replaced.analysedBy()).isEqualTo("konsulent");
        assertThat(replaced.percent("FEEL_SAFE")).contains(new BigDecimal("87.50"));
        assertThat(replaced.indicators()).extracting(SurveyFindings.IndicatorValue::label)
                .first().isEqualTo("Andel elever, der føler sig trygge i skolen");
        assertThat(findings.forYear(2011)).contains(replaced);
        assertThat(jdbc.queryForObject("select count(*) from trekant_survey_finding where survey_year = 2011", Long.class))
                .isEqualTo(1);
    }

    @Test
    void everyConfiguredIndicatorIsNeededAsAPercentage() {
        assertThatThrownBy(() -> findings.record(2012, "Fund", Map.of("FEEL_SAFE", BigDecimal.TEN), "konsulent", null))
                .hasMessageContaining("mangler");
        assertThatThrownBy(() -> findings.record(2012, "Fund", values("100.5"), "konsulent", null))
                .hasMessageContaining("0 til 100");
        assertThatThrownBy(() -> findings.record(2012, "Fund", values("-1"), "konsulent", null))
                .hasMessageContaining("0 til 100");
        Map<String, BigDecimal> unknown = new java.util.HashMap<>(values("50"));
        unknown.put("SMOKES", BigDecimal.ONE);
        assertThatThrownBy(() -> findings.record(2012, "Fund", unknown, "konsulent", null)).hasMessageContaining("SMOKES");
        assertThatThrownBy(() -> findings.record(2012, " ", values("50"), "konsulent", null)).hasMessageContaining("fund");
        assertThat(findings.forYear(2012)).isEmpty();
    }

    @Test
    void theTemplateTheConsultantFillsInIsReadBack() {
        String template = findings.indicatorTemplate();
        assertThat(template).contains("Andel elever, der har prøvet hash [TRIED_HASH] = ");
        String filled = template.replace("[FEEL_SAFE] = ", "[FEEL_SAFE] = 87,5 %")
                .replace("[TRIED_HASH] = ", "[TRIED_HASH] = 9")
                .replace("[BULLIED] = ", "[BULLIED] = 12.25")
                .replace("[GOOD_WELLBEING] = ", "[GOOD_WELLBEING] = 80") + "\n\n";
        assertThat(findings.parseIndicators(filled)).containsEntry("FEEL_SAFE", new BigDecimal("87.5"))
                .containsEntry("TRIED_HASH", new BigDecimal("9")).hasSize(4);
        assertThat(findings.parseIndicators(template)).as("nothing filled in yet").isEmpty();
        assertThatThrownBy(() -> findings.parseIndicators("FEEL_SAFE 80")).hasMessageContaining("[KODE]");
        assertThatThrownBy(() -> findings.parseIndicators("x [FEEL_SAFE] = mange")).hasMessageContaining("ikke et tal");
    }
}
