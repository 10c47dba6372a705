package dk.trekant.reporting;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import dk.trekant.platform.process.VariableText;

/**
 * "Beregn rapport": the first time a draft of the {@code reportKind} report for the period before
 * {@code reportDate} (the engine's now, an input of the task); on a recompute the same draft again.
 * Sets {@code reportId}, {@code reportPeriod}, {@code reportTitle}, {@code reportUrl}, {@code reportSummary}.
 */
@Component("computeReport")
class ComputeReportDelegate implements JavaDelegate {

    private final Reports reports;
    private final ReportRendering rendering;

    ComputeReportDelegate(Reports reports, ReportRendering rendering) {
        this.reports = reports;
        this.rendering = rendering;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object existing = execution.getVariable("reportId");
        Report report;
        if (existing != null) {
            report = reports.recompute(UUID.fromString(existing.toString()));
        } else {
            ReportKind kind = ReportKind.valueOf((String) execution.getVariable("reportKind"));
            Date reportDate = (Date) execution.getVariable("reportDate");
            LocalDate today = reportDate.toInstant().atZone(rendering.zone()).toLocalDate();
            report = reports.draft(kind, today, execution.getProcessInstanceId());
        }
        execution.setVariable("reportId", report.id().toString());
        execution.setVariable("reportPeriod", report.period().label());
        execution.setVariable("reportTitle", report.title());
        execution.setVariable("reportUrl", report.path());
        execution.setVariable("reportSummary", VariableText.fit(rendering.summary(report)));
    }
}
