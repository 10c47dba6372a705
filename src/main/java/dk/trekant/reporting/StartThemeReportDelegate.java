package dk.trekant.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Bestil temadrøftelsesrapport": starts a second report instance by the message
 * {@code reportRequested} ("Rapport bestilt") with {@code reportKind = ANNUAL}, which a leader may also send by hand.
 */
@Component("startThemeReport")
class StartThemeReportDelegate implements JavaDelegate {

    static final String MESSAGE = "reportRequested";

    @Override
    public void execute(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .setVariable("reportKind", ReportKind.ANNUAL.name())
                .correlateStartMessage();
    }
}
