package dk.trekant.general;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code surveyAnalysis}: the survey year ({@code surveyYear}), the indicator template the
 * consultant fills in ({@code indicatorValues}) and the working days for the analysis.
 */
@Component("prepareSurveyAnalysis")
class PrepareSurveyAnalysisListener implements ExecutionListener {

    private final SurveyFindings findings;

    PrepareSurveyAnalysisListener(SurveyFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.hasVariable("surveyYear")) {
            execution.setVariable("surveyYear", findings.currentYear());
        }
        execution.setVariable("indicatorValues", findings.indicatorTemplate());
        execution.setVariable("analysisWorkingDays", findings.analysisWorkingDays());
    }
}
