package dk.trekant.targeted.meeting;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scheduler ({@code jointMeetingScheduler}): its timer start event follows
 * {@code trekant.joint-meeting.cycle} and fires every second week on the engine clock; each run
 * starts the meetings of the coming week once ({@code startJointMeetings}, a test double here that
 * records the engine's day it was given). 100 % coverage asserted.
 */
@Deployment(resources = "processes/targeted/joint-meeting-scheduler.bpmn")
@Tag("process-engine")
class JointMeetingSchedulerProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    private final List<Date> runs = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        // Wednesday 7 January 2026: the cycle started on Monday the 5th; deployment happens after this method
        ClockUtil.setCurrentTime(at(2026, 1, 7, 12));
        Mocks.register("jointMeetingSchedule", new JointMeetingSchedule(new JointMeetingProperties("R/2026-01-05T06:00/P14D", 7)));
        Mocks.register("startJointMeetings", (JavaDelegate) execution -> runs.add((Date) execution.getVariable("runAt")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, 0), ZONE).toInstant());
    }

    Job timer() {
        return managementService().createJobQuery().processDefinitionKey("jointMeetingScheduler").timers().singleResult();
    }

    @Test
    void theSchedulerRunsEverySecondMondayAndStartsTheMeetingsOncePerRun() {
        Job first = timer();
        Assertions.assertThat(first.getDuedate()).as("the next run after now: Monday 19 January 06:00").isEqualTo(at(2026, 1, 19, 6));
        ClockUtil.setCurrentTime(at(2026, 1, 19, 5));
        Assertions.assertThat(managementService().createJobQuery().timers().executable().count()).isZero();

        ClockUtil.setCurrentTime(at(2026, 1, 19, 6));
        execute(first);
        Job second = timer();
        Assertions.assertThat(second.getDuedate()).as("two weeks later").isEqualTo(at(2026, 2, 2, 6));

        ClockUtil.setCurrentTime(at(2026, 2, 2, 6));
        execute(second);
        Assertions.assertThat(timer().getDuedate()).isEqualTo(at(2026, 2, 16, 6));

        Assertions.assertThat(runs).containsExactly(at(2026, 1, 19, 6), at(2026, 2, 2, 6));
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey("jointMeetingScheduler")
                .finished().count()).isEqualTo(2);
        historyService().createHistoricActivityInstanceQuery().activityId("meetingsStarted").list()
                .forEach(end -> Assertions.assertThat(end.getActivityName()).isEqualTo("Møder startet"));
    }
}
