package dk.trekant.reporting;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
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
 * Every path of the report process ({@code monthlyStatusReport}, "Statusrapport til udvalgene"): the
 * weekday timer, "Første hverdag i måneden?" on the engine clock (weekends and holidays included),
 * the theme month, the leader's approval and recompute, and the start by message. The delegates are
 * test doubles that set what the real beans set (processes/reporting/README.md); the calendars are the
 * real ones. The class asserts 100 % coverage (flow nodes and sequence flows) of the model.
 */
@Deployment(resources = {"processes/reporting/monthly-status-report.bpmn", "processes/reporting/approveReport.form"})
@Tag("process-engine")
class MonthlyReportProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private static final String PROCESS = "monthlyStatusReport";

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE,
            Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31)), Clock.systemUTC());
    private final List<String> computed = new ArrayList<>();
    private final List<String> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("workdays", workdays);
        Mocks.register("reportCalendar", new ReportCalendar(workdays, 9));
        Mocks.register("computeReport", (JavaDelegate) execution -> {
            String kind = (String) execution.getVariable("reportKind");
            Date reportDate = (Date) execution.getVariable("reportDate");
            ReportPeriod period = ReportPeriod.before(ReportKind.valueOf(kind), reportDate.toInstant().atZone(ZONE).toLocalDate());
            computed.add(kind + " " + period.label() + (execution.hasVariable("reportId") ? " again" : ""));
            execution.setVariable("reportId", "00000000-0000-0000-0000-00000000000" + computed.size());
            execution.setVariable("reportPeriod", period.label());
            execution.setVariable("reportTitle", ReportKind.valueOf(kind).title() + " " + period.title());
            execution.setVariable("reportUrl", "/reports/drafts/" + execution.getVariable("reportId"));
            execution.setVariable("reportSummary", "Underretninger og bekymringer i alt: 12");
        });
        Mocks.register("recordApproval", (TaskListener) task -> task.setVariable("approvedBy", "leder"));
        Mocks.register("publishReport", (JavaDelegate) execution -> published.add(execution.getVariable("reportKind") + " "
                + execution.getVariable("reportPeriod") + " by " + execution.getVariable("approvedBy") + ": "
                + execution.getVariable("reportCommentary")));
        Mocks.register("startThemeReport", new StartThemeReportDelegate());
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ the weekday timer and the first working day

    @Test
    void theTimerFiresAtSixOnWeekdaysOnly() {
        ClockUtil.setCurrentTime(at(2031, 5, 30, 12)); // Friday
        Job timer = weekdayTimer();
        Assertions.assertThat(timer).as("deployed with the model").isNotNull();
        ProcessInstance pi = fire(at(2031, 5, 30, 12));
        assertThat(pi).isEnded();
        // the next occurrence: Monday 2 June 2031, 06:00 (no run at the weekend)
        Assertions.assertThat(weekdayTimer().getDuedate()).isEqualTo(at(2031, 6, 2, 6));
    }

    @Test
    void aHolidayIsNotTheFirstWorkingDay() {
        // Monday 2 June 2031 is 2. pinsedag (Sunday 1 June is pinsedag): no report
        ProcessInstance pi = fire(at(2031, 6, 2, 6));
        assertThat(pi).hasPassedInOrder("startWeekday", "gwFirstWorkingDay", "endNoReport").isEnded();
        assertThat(pi).hasNotPassed("computeReport");
        Assertions.assertThat(computed).isEmpty();
    }

    @Test
    void theSecondWorkingDayMakesNoReport() {
        ProcessInstance pi = fire(at(2031, 6, 4, 6)); // Wednesday, after Tuesday 3 June
        assertThat(pi).hasPassed("endNoReport").isEnded();
    }

    @Test
    void theFirstWorkingDayAfterAHolidayMakesLastMonthsReport() {
        // Tuesday 3 June 2031: the first working day of June
        ProcessInstance pi = fire(at(2031, 6, 3, 6));
        assertThat(pi).hasPassedInOrder("startWeekday", "gwFirstWorkingDay", "gwThemeMonth", "gwCompute", "gwAgain",
                "computeReport").isWaitingAt("approveReport");
        assertThat(pi).hasNotPassed("orderThemeReport", "endNoReport");
        Assertions.assertThat(computed).containsExactly("MONTHLY 2031-05");
        Task approve = task(pi);
        assertThat(approve).hasCandidateGroup("leder").hasName("Godkend statusrapport");
        assertCamundaForm(approve, "approveReport");
        // five working days: Tuesday 3 June → Wednesday 11 June (grundlovsdag 5 June is closed)
        Assertions.assertThat(approve.getDueDate()).isEqualTo(at(2031, 6, 11, 6));
        Assertions.assertThat(runtimeService().getVariables(pi.getId()))
                .containsEntry("reportKind", "MONTHLY")
                .containsEntry("reportTitle", "Månedlig status maj 2031")
                .containsEntry("reportUrl", "/reports/drafts/00000000-0000-0000-0000-000000000001");
    }

    @Test
    void aWeekendFirstMonthDayMovesTheReportToMonday() {
        // 1 March 2031 is a Saturday: the report comes on Monday 3 March
        Assertions.assertThat(fire(at(2031, 3, 3, 6))).isNotNull();
        Assertions.assertThat(computed).containsExactly("MONTHLY 2031-02");
        // 1 January is a holiday: Thursday 2 January 2031
        fire(at(2031, 1, 2, 6));
        Assertions.assertThat(computed).containsExactly("MONTHLY 2031-02", "MONTHLY 2030-12");
    }

    // ------------------------------------------------------------------ approval

    @Test
    void theLeaderApprovesAndTheReportIsPublished() {
        ProcessInstance pi = fire(at(2031, 6, 3, 6));
        complete(task(pi), withVariables("approvalDecision", "APPROVE", "reportCommentary", "Stabilt niveau."));
        assertThat(pi).hasPassedInOrder("approveReport", "gwApproved", "publishReport", "endPublished").isEnded();
        Assertions.assertThat(published).containsExactly("MONTHLY 2031-05 by leder: Stabilt niveau.");
    }

    @Test
    void theLeaderAsksForARecomputeAndThenApproves() {
        ProcessInstance pi = fire(at(2031, 6, 3, 6));
        complete(task(pi), withVariables("approvalDecision", "RECOMPUTE", "reportCommentary", ""));
        assertThat(pi).isWaitingAt("approveReport");
        Assertions.assertThat(computed).containsExactly("MONTHLY 2031-05", "MONTHLY 2031-05 again");
        Assertions.assertThat(published).isEmpty();
        complete(task(pi), withVariables("approvalDecision", "APPROVE", "reportCommentary", "Efter sene registreringer."));
        assertThat(pi).hasPassed("publishReport").isEnded();
        Assertions.assertThat(published).containsExactly("MONTHLY 2031-05 by leder: Efter sene registreringer.");
    }

    // ------------------------------------------------------------------ the theme report

    @Test
    void inTheThemeMonthBothReportsAreMade() {
        // Monday 1 September 2031: the monthly report for August and the theme report for Sep 2030 - Aug 2031
        ProcessInstance monthly = fire(at(2031, 9, 1, 6));
        assertThat(monthly).hasPassedInOrder("gwThemeMonth", "orderThemeReport", "gwCompute", "computeReport")
                .isWaitingAt("approveReport");
        Assertions.assertThat(computed).containsExactlyInAnyOrder("ANNUAL A2031-08", "MONTHLY 2031-08");
        List<Task> approvals = taskQuery().processDefinitionKey(PROCESS).list();
        Assertions.assertThat(approvals).hasSize(2);
        ProcessInstance annual = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
                .variableValueEquals("reportKind", "ANNUAL").singleResult();
        assertThat(annual).hasPassedInOrder("startRequested", "gwCompute", "computeReport").isWaitingAt("approveReport");
        Assertions.assertThat(runtimeService().getVariable(annual.getId(), "reportTitle"))
                .isEqualTo("Temadrøftelse september 2030 – august 2031");

        complete(task(annual), withVariables("approvalDecision", "APPROVE", "reportCommentary", "Til temadrøftelsen."));
        complete(task(monthly), withVariables("approvalDecision", "APPROVE", "reportCommentary", null));
        Assertions.assertThat(published).containsExactly("ANNUAL A2031-08 by leder: Til temadrøftelsen.",
                "MONTHLY 2031-08 by leder: null");
    }

    @Test
    void aLeaderOrdersAReportByMessage() {
        ClockUtil.setCurrentTime(at(2031, 6, 18, 10));
        ProcessInstance pi = runtimeService().createMessageCorrelation("reportRequested").correlateStartMessage();
        assertThat(pi).hasPassed("startRequested", "computeReport").isWaitingAt("approveReport");
        Assertions.assertThat(computed).as("the default kind").containsExactly("MONTHLY 2031-05");
    }

    // ------------------------------------------------------------------ helpers

    private Job weekdayTimer() {
        return managementService().createJobQuery().processDefinitionKey(PROCESS).timers().singleResult();
    }

    /** Lets the weekday timer fire at {@code when} (engine clock) and returns the instance it started. */
    private ProcessInstance fire(Date when) {
        ClockUtil.setCurrentTime(when);
        Job timer = weekdayTimer();
        managementService().executeJob(timer.getId());
        HistoricProcessInstance started = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
                .startedAfter(new Date(when.getTime() - 1)).orderByProcessInstanceStartTime().asc().list().stream()
                .filter(instance -> "startWeekday".equals(instance.getStartActivityId()))
                .reduce((first, second) -> second).orElseThrow();
        ProcessInstance running = runtimeService().createProcessInstanceQuery().processInstanceId(started.getId()).singleResult();
        return running != null ? running : new EndedInstance(started);
    }

    /** An instance that ended in the timer's transaction, for the assertions (they read the history). */
    private record EndedInstance(HistoricProcessInstance historic) implements ProcessInstance {

        @Override
        public String getId() {
            return historic.getId();
        }

        @Override
        public String getProcessInstanceId() {
            return historic.getId();
        }

        @Override
        public String getProcessDefinitionId() {
            return historic.getProcessDefinitionId();
        }

        @Override
        public String getBusinessKey() {
            return historic.getBusinessKey();
        }

        @Override
        public String getRootProcessInstanceId() {
            return historic.getRootProcessInstanceId();
        }

        @Override
        public String getCaseInstanceId() {
            return null;
        }

        @Override
        public boolean isSuspended() {
            return false;
        }

        @Override
        public boolean isEnded() {
            return true;
        }

        @Override
        public String getTenantId() {
            return null;
        }

        @Override
        public String getProcessDefinitionKey() {
            return historic.getProcessDefinitionKey();
        }
    }

    private static Date at(int year, int month, int day, int hour) {
        return Date.from(LocalDateTime.of(year, month, day, hour, 0).atZone(ZONE).toInstant());
    }
}
