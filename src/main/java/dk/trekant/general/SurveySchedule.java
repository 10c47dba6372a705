package dk.trekant.general;

import org.springframework.stereotype.Component;

/**
 * The yearly start of {@code surveyAnalysis}: its timer start event reads
 * {@code ${surveySchedule.cycle()}} when the model is deployed, so a changed
 * {@code trekant.survey.cron} takes effect with the next deployment of the model.
 */
@Component("surveySchedule")
public class SurveySchedule {

    private final SurveyProperties properties;

    SurveySchedule(SurveyProperties properties) {
        this.properties = properties;
    }

    /** A Camunda timer cycle: the configured cron expression. */
    public String cycle() {
        return properties.cron();
    }
}
