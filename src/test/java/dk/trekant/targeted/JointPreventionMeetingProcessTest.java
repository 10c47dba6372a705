package dk.trekant.targeted;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * Every path of the joint prevention meeting ({@code jointPreventionMeeting}, "Fælles
 * forebyggelsesmøde"): prepared and held with and without youths of concern, and cancelled; the
 * wait for the meeting day runs on the engine clock. Listeners and delegates are test doubles that
 * do what the README's contract says. 100 % coverage (flow nodes and sequence flows) asserted.
 */
@Deployment(resources = {
        "processes/targeted/joint-prevention-meeting.bpmn",
        "processes/targeted/prepareJointMeeting.form",
        "processes/targeted/holdJointMeeting.form"})
@Tag("process-engine")
class JointPreventionMeetingProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Monday 2 March 2026, 06:00: the scheduler's run. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 6, 0), ZONE);
    /** The meeting: Tuesday 10 March 2026, 14:00. */
    private static final Date MEETING_START = Date.from(ZonedDateTime.of(LocalDateTime.of(2026, 3, 10, 14, 0), ZONE).toInstant());

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC());
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(MONDAY.toInstant()));
        Mocks.register("workdays", workdays);
        Mocks.register("recordJointMeetingPreparation", (TaskListener) task -> calls.add("prepared:" + task.getAssignee()));
        Mocks.register("recordMeetingCancelled", (JavaDelegate) execution -> calls.add("cancelled:" + execution.getVariable("cancelReason")));
        Mocks.register("recordJointMeeting", (TaskListener) task -> {
            calls.add("held:" + task.getVariable("hours"));
            task.setVariable("heldBy", task.getAssignee());
            task.setVariable("concernsToRaise", ((Number) task.getVariable("concernCount")).intValue());
        });
        Mocks.register("raiseMeetingConcerns", (JavaDelegate) execution -> {
            int count = (Integer) execution.getVariable("concernsToRaise");
            for (int i = 1; i <= count; i++) {
                calls.add("concern:" + execution.getVariable("concern" + i + "FirstName"));
                execution.removeVariables(YouthConcern.variableNames("concern" + i));
            }
            execution.setVariable("raisedCaseNumbers", "KPT-2026-00010, KPT-2026-00011");
        });
        Mocks.register("purgeConcernDetails", (JavaDelegate) execution -> calls.add("purge"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    static ProcessInstance startMeeting() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("meetingId", "0b0e0a0d-0000-4000-8000-000000000001");
        variables.put("schoolName", "Borgerskolen");
        variables.put("clubName", "Klub Taastrup");
        variables.put("socialWorker", "Camilla Hansen");
        variables.put("meetingDate", "2026-03-10");
        variables.put("meetingTime", "14:00");
        variables.put("meetingStart", MEETING_START);
        return runtimeService().startProcessInstanceByKey("jointPreventionMeeting", "FFM-BORG-2026-03-10", variables);
    }

    /** Prepares the meeting and lets the engine clock reach the meeting: "Afhold møde og registrér" is next. */
    Task prepareAndReachTheMeeting(ProcessInstance pi) {
        Task prepare = task(pi);
        claim(prepare, "forebygger");
        complete(prepare, withVariables("agenda", "Fravær i 7. klasse; aftenuro ved klubben", "meetingCancelled", false));
        assertThat(pi).isWaitingAt("waitForMeeting");
        ClockUtil.setCurrentTime(MEETING_START);
        execute(timerJob(pi, "waitForMeeting"));
        Task hold = task(pi);
        claim(hold, "forebygger");
        return hold;
    }

    @Test
    void aMeetingIsPreparedWaitsForItsDayAndIsRecordedWithoutConcerns() {
        ProcessInstance pi = startMeeting();
        assertThat(pi).hasPassed("meetingPlanned").isWaitingAt("prepareMeeting");
        Task prepare = task(pi);
        assertThat(prepare).hasName("Forbered møde").hasCandidateGroup("forebygger").hasDueDate(MEETING_START);
        assertCamundaForm(prepare, "prepareJointMeeting");
        claim(prepare, "forebygger");
        complete(prepare, withVariables("agenda", "Trivsel og fravær", "meetingCancelled", false));

        assertThat(pi).hasPassedInOrder("prepareMeeting", "meetingGoesAhead").isWaitingAt("waitForMeeting");
        Job wait = timerJob(pi, "waitForMeeting");
        Assertions.assertThat(wait.getDuedate()).isEqualTo(MEETING_START);
        ClockUtil.setCurrentTime(new Date(MEETING_START.getTime() - 60_000));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("not before the meeting").isZero();
        ClockUtil.setCurrentTime(MEETING_START);
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isEqualTo(1);
        execute(wait);

        Task hold = task(pi);
        // Tuesday 14:00 + 1 working day
        assertThat(hold).hasName("Afhold møde og registrér").hasCandidateGroup("forebygger")
                .hasDueDate(Date.from(ZonedDateTime.of(LocalDateTime.of(2026, 3, 11, 14, 0), ZONE).toInstant()));
        assertCamundaForm(hold, "holdJointMeeting");
        claim(hold, "forebygger");
        complete(hold, withVariables("schoolAttended", true, "clubAttended", true, "socialWorkerAttended", true,
                "topics", "Generel trivsel", "hours", 1.5, "concernCount", 0L));

        assertThat(pi).hasPassedInOrder("holdMeeting", "concernsRaised", "joinConcerns", "meetingRecorded").isEnded();
        assertThat(pi).hasNotPassed("raiseMeetingConcerns", "purgeConcernDetails", "recordMeetingCancelled");
        Assertions.assertThat(calls).containsExactly("prepared:forebygger", "held:1.5");
    }

    @Test
    void eachYouthOfConcernIsHandedOnAndTheirDetailsLeaveTheProcess() {
        ProcessInstance pi = startMeeting();
        Task hold = prepareAndReachTheMeeting(pi);
        complete(hold, withVariables("topics", "To elever med bekymrende fravær", "hours", 2L, "concernCount", 2L,
                "concern1FirstName", "Freja", "concern1LastName", "Holm", "concern1DateOfBirth", "2011-04-03",
                "concern1Text", "Stort fravær", "concern2FirstName", "Oliver", "concern2LastName", "Jensen",
                "concern2DateOfBirth", "2011-03-12", "concern2Text", "Ses med ældre unge"));

        assertThat(pi).hasPassedInOrder("holdMeeting", "concernsRaised", "raiseMeetingConcerns").isWaitingAt("purgeConcernDetails");
        Assertions.assertThat(runtimeService().getVariables(pi.getId())).containsEntry("raisedCaseNumbers", "KPT-2026-00010, KPT-2026-00011")
                .doesNotContainKeys("concern1FirstName", "concern1DateOfBirth", "concern1Text", "concern2FirstName", "concern2LastName");
        execute(job(pi));
        assertThat(pi).hasPassedInOrder("purgeConcernDetails", "joinConcerns", "meetingRecorded").isEnded();
        Assertions.assertThat(calls).containsExactly("prepared:forebygger", "held:2", "concern:Freja", "concern:Oliver", "purge");
    }

    @Test
    void aCancelledMeetingIsRecordedAndEnds() {
        ProcessInstance pi = startMeeting();
        Task prepare = task(pi);
        claim(prepare, "forebygger");
        complete(prepare, withVariables("meetingCancelled", true, "cancelReason", "Skolen holder emneuge"));
        assertThat(pi).hasPassedInOrder("prepareMeeting", "meetingGoesAhead", "recordMeetingCancelled", "meetingCancelledEnd")
                .isEnded();
        assertThat(pi).hasNotPassed("waitForMeeting", "holdMeeting");
        Assertions.assertThat(calls).containsExactly("prepared:forebygger", "cancelled:Skolen holder emneuge");
    }
}
