package dk.trekant.general;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.survey.*}: when the yearly analysis of Ungeprofilundersøgelsen starts and which
 * indicators (percentages of pupils) the consultant records.
 *
 * @param cron                 Camunda timer cycle of the yearly start (Quartz cron with seconds, server time zone)
 * @param analysisWorkingDays  working days the consultant has for the analysis
 * @param indicators           the indicators, each a code and the Danish label
 */
@ConfigurationProperties("trekant.survey")
public record SurveyProperties(String cron, Integer analysisWorkingDays, List<Indicator> indicators) {

    /** An indicator of the survey: a share of the pupils, in percent (0-100). */
    public record Indicator(String code, String label) {
    }

    public SurveyProperties {
        cron = cron == null || cron.isBlank() ? "0 0 8 1 3 ?" : cron;
        analysisWorkingDays = analysisWorkingDays == null ? 20 : analysisWorkingDays;
        indicators = indicators == null || indicators.isEmpty() ? List.of(
                new Indicator("FEEL_SAFE", "Andel elever, der føler sig trygge i skolen"),
                new Indicator("TRIED_HASH", "Andel elever, der har prøvet hash"),
                new Indicator("BULLIED", "Andel elever, der har været udsat for mobning")) : List.copyOf(indicators);
    }
}
