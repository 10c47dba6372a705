package dk.trekant.reporting;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Offentliggør rapport": publishes the draft with {@code reportCommentary}, approved by {@code approvedBy}. */
@Component("publishReport")
class PublishReportDelegate implements JavaDelegate {

    private final Reports reports;

    PublishReportDelegate(Reports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = reports.publish(UUID.fromString((String) execution.getVariable("reportId")),
                (String) execution.getVariable("reportCommentary"), (String) execution.getVariable("approvedBy"));
        execution.setVariable("reportUrl", report.path());
    }
}
