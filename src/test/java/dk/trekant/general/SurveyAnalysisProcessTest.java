package dk.trekant.general;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * The yearly analysis of Ungeprofilundersøgelsen ({@code surveyAnalysis}): the timer start with the
 * configured cycle (the real {@link SurveySchedule} with the default {@code trekant.survey.cron}),
 * driven by the engine clock, the consultant's task and its end. 100 % coverage asserted.
 */
@Deployment(resources = {"processes/general/survey-analysis.bpmn", "processes/general/surveyAnalysis.form"})
@Tag("process-engine")
class SurveyAnalysisProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        // before the deployment (which the extension makes after @BeforeEach): the start timer is computed from it
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(at(2026, 1, 15, 10, 0));
        Mocks.register("surveySchedule", new SurveySchedule(new SurveyProperties(null, null, null)));
        Mocks.register("workdays", new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC()));
        Mocks.register("prepareSurveyAnalysis", (ExecutionListener) execution -> {
            execution.setVariable("surveyYear", ZonedDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZONE).getYear());
            execution.setVariable("indicatorValues", "Andel elever, der føler sig trygge i skolen [FEEL_SAFE] = \n");
            execution.setVariable("analysisWorkingDays", 20);
        });
        Mocks.register("recordSurveyFindings", (TaskListener) task -> recorded.add(task.getVariable("surveyYear") + ": "
                + task.getVariable("surveyFindings")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void theAnalysisStartsOnTheFirstOfMarchEveryYear() {
        Job first = startTimer();
        Assertions.assertThat(first.getDuedate()).isEqualTo(at(2026, 3, 1, 8, 0));
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey("surveyAnalysis").count()).isZero();

        ClockUtil.setCurrentTime(at(2026, 3, 1, 7, 59));
        Assertions.assertThat(managementService().createJobQuery().processDefinitionKey("surveyAnalysis").executable().count())
                .as("not before 08:00").isZero();
        ClockUtil.setCurrentTime(at(2026, 3, 1, 8, 0));
        execute(first);

        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processDefinitionKey("surveyAnalysis").singleResult();
        assertThat(pi).hasPassed("yearlyStart").isWaitingAt("analyseSurvey");
        Task analyse = task(pi);
        assertThat(analyse).hasName("Analysér Ungeprofilundersøgelsen").hasCandidateGroup("konsulent");
        assertCamundaForm(analyse, "surveyAnalysis");
        // Sunday 1 March 08:00 + 20 working days: Friday 27 March, 08:00
        Assertions.assertThat(analyse.getDueDate()).isEqualTo(at(2026, 3, 27, 8, 0));
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "surveyYear")).isEqualTo(2026);

        Job next = startTimer();
        Assertions.assertThat(next.getId()).isNotEqualTo(first.getId());
        Assertions.assertThat(next.getDuedate()).as("next year").isEqualTo(at(2027, 3, 1, 8, 0));
    }

    @Test
    void theFindingsAreRecordedAndTheAnalysisEnds() {
        ClockUtil.setCurrentTime(at(2026, 3, 1, 8, 0));
        execute(startTimer());
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processDefinitionKey("surveyAnalysis").singleResult();
        complete(task(pi), withVariables("surveyFindings", "Flere føler sig trygge; færre har prøvet hash.",
                "indicatorValues", "Andel elever, der føler sig trygge i skolen [FEEL_SAFE] = 87,5\n"));

        assertThat(pi).hasPassedInOrder("yearlyStart", "analyseSurvey", "analysisStored").isEnded();
        Assertions.assertThat(recorded).containsExactly("2026: Flere føler sig trygge; færre har prøvet hash.");
    }

    private static Job startTimer() {
        return managementService().createJobQuery().processDefinitionKey("surveyAnalysis").timers().singleResult();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), ZONE).toInstant());
    }
}
