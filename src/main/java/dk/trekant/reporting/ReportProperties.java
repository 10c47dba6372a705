package dk.trekant.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code trekant.reporting.*}.
 *
 * @param themeReportMonth the month (1-12) on whose first working day the yearly theme report
 *                         (temadrøftelse with the police) is made, covering the twelve months before; default 9
 */
@ConfigurationProperties("trekant.reporting")
public record ReportProperties(Integer themeReportMonth) {

    public ReportProperties {
        themeReportMonth = themeReportMonth == null ? 9 : themeReportMonth;
        if (themeReportMonth < 1 || themeReportMonth > 12) {
            throw new IllegalArgumentException("trekant.reporting.theme-report-month must be 1-12: " + themeReportMonth);
        }
    }
}
