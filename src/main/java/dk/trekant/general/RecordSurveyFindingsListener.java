package dk.trekant.general;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Analysér Ungeprofilundersøgelsen", on complete: the findings and indicator values are stored for the year. */
@Component("recordSurveyFindings")
class RecordSurveyFindingsListener implements TaskListener {

    private final SurveyFindings findings;

    RecordSurveyFindingsListener(SurveyFindings findings) {
        this.findings = findings;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = TaskValues.whole(task.getVariable("surveyYear"), "Årgang", 2000, 2100);
        String text = TaskValues.requiredText(task.getVariable("surveyFindings"), "Vigtigste fund", 8000);
        String indicators = TaskValues.text(task.getVariable("indicatorValues"), "Indikatorer", 4000);
        findings.record(year, text, findings.parseIndicators(indicators), task.getAssignee(),
                task.getProcessInstanceId());
    }
}
