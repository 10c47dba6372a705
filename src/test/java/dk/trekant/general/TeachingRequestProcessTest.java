package dk.trekant.general;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.trekant.platform.calendar.WorkingDayCalendar;

/**
 * Every path of the teaching course ({@code teachingRequest}, "Undervisningsforløb"): a school's
 * request or a consultant's, planning, the reminder timer before the date, held, not held (planned
 * again), cancelled by the consultant, cancelled by the school at each stage. Listeners and delegates
 * are test doubles that set what the real beans set (processes/general/README.md); the working-day
 * calendar is the real one. 100 % coverage (flow nodes and sequence flows) is asserted.
 */
@Deployment(resources = {
        "processes/general/teaching-request.bpmn",
        "processes/general/teachingRequestStart.form",
        "processes/general/teachingPlan.form",
        "processes/general/teachingHold.form"})
@Tag("process-engine")
class TeachingRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Monday 2 March 2026, 10:00. */
    private static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(LocalDateTime.of(2026, 3, 2, 10, 0), ZONE);
    private static final String REQUEST_ID = "0b8f5a8e-4d7c-4d2e-9a57-3f1f2a4b6c01";
    /** Planned for Thursday 19 March 2026; the reminder 3 working days before: Monday 16 March, 08:00. */
    private static final String PLANNED = "2026-03-19";
    private static final Date REMINDER = at(2026, 3, 16, 8, 0);
    private static final Date REGISTRATION_DUE = at(2026, 3, 23, 16, 0);

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC());
    private final List<String> recorded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        Mocks.register("workdays", workdays);
        Mocks.register("registerTeachingRequest", (JavaDelegate) execution -> {
            recorded.add("registered by " + execution.getVariable("requestedBy"));
            execution.setVariables(requestVariables());
            execution.setVariable("planningWorkingDays", 8);
            execution.setProcessBusinessKey(REQUEST_ID);
        });
        Mocks.register("planTeaching", (TaskListener) task -> {
            if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
                task.setVariable("availablePreventers", "forebygger (Jonas Nielsen)");
                return;
            }
            recorded.add("plan " + task.getVariable("planningDecision"));
            if ("PLAN".equals(task.getVariable("planningDecision"))) {
                task.setVariable("teachingReminderAt", REMINDER);
                task.setVariable("teachingRegistrationDue", REGISTRATION_DUE);
                task.setVariable("heldOn", task.getVariable("plannedDate"));
            } else {
                task.setVariable("cancellationSource", "STAFF");
            }
        });
        Mocks.register("recordTeaching", (TaskListener) task -> recorded.add("lesson " + task.getVariable("teachingHeld")
                + " by " + task.getAssignee()));
        Mocks.register("cancelTeaching", (JavaDelegate) execution -> recorded.add("cancelled by "
                + execution.getVariable("cancellationSource")));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        identityService().clearAuthentication();
    }

    // ------------------------------------------------------------------ the two ways in

    @Test
    void aSchoolsRequestWaitsForTheConsultantsPlan() {
        ProcessInstance pi = fromSchool();
        assertThat(pi).hasPassed("startFromSchool").hasNotPassed("registerTeachingRequest").isWaitingAt("planTeaching");
        Task plan = task(pi);
        assertThat(plan).hasCandidateGroup("konsulent").hasName("Planlæg undervisning");
        assertCamundaForm(plan, "teachingPlan");
        // Monday 10:00 + 10 working days = Monday two weeks later, 10:00
        Assertions.assertThat(plan.getDueDate()).isEqualTo(at(2026, 3, 16, 10, 0));
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "availablePreventers")).isEqualTo("forebygger (Jonas Nielsen)");
    }

    @Test
    void aConsultantEntersARequestWithTheStartForm() throws Exception {
        String definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("teachingRequest")
                .singleResult().getId();
        try (InputStream form = formService().getDeployedStartForm(definition)) {
            Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"teachingRequestStart\"");
        }
        identityService().setAuthenticatedUserId("konsulent");
        ProcessInstance pi = formService().submitStartForm(definition, Map.of("schoolName", "Borgerskolen", "grade", 7L,
                "classes", 2L, "pupils", 48L, "topic", "DIGITAL_DANNELSE", "wishedFrom", "2026-04-01", "wishedTo", "2026-05-01"));

        assertThat(pi).hasPassedInOrder("startByStaff", "registerTeachingRequest").isWaitingAt("planTeaching");
        Assertions.assertThat(pi.getBusinessKey()).as("the course's id, set by the delegate").isEqualTo(REQUEST_ID);
        Assertions.assertThat(recorded).containsExactly("registered by konsulent");
        Assertions.assertThat(task(pi).getDueDate()).as("the configured working days").isEqualTo(at(2026, 3, 12, 10, 0));
    }

    // ------------------------------------------------------------------ plan, reminder, lesson

    @Test
    void thePreventerGetsTheLessonThreeWorkingDaysBeforeTheDate() {
        ProcessInstance pi = fromSchool();
        plan(pi);

        assertThat(pi).isWaitingAt("waitForReminder");
        Job reminder = timerJob(pi, "waitForReminder");
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(REMINDER);
        Assertions.assertThat(executableJobs(pi)).isZero();
        ClockUtil.setCurrentTime(at(2026, 3, 16, 7, 59));
        Assertions.assertThat(executableJobs(pi)).as("not before 08:00 on the reminder day").isZero();
        ClockUtil.setCurrentTime(REMINDER);
        Assertions.assertThat(executableJobs(pi)).isEqualTo(1);
        execute(reminder);

        assertThat(pi).isWaitingAt("holdTeaching");
        Task lesson = task(pi);
        assertThat(lesson).hasName("Gennemfør og registrér undervisning").isAssignedTo("forebygger");
        Assertions.assertThat(taskService().getIdentityLinksForTask(lesson.getId()))
                .as("other preventers see it too").anyMatch(link -> "forebygger".equals(link.getGroupId()));
        assertCamundaForm(lesson, "teachingHold");
        Assertions.assertThat(lesson.getDueDate()).isEqualTo(REGISTRATION_DUE);
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "heldOn")).isEqualTo(PLANNED);
    }

    @Test
    void aHeldLessonIsRecordedAndTheCourseEnds() {
        ProcessInstance pi = fromSchool();
        plan(pi);
        remind(pi);
        complete(task(pi), withVariables("teachingHeld", "HELD", "heldOn", PLANNED, "classesTaught", 2L, "pupilsReached", 46L,
                "teachingHours", 3.5, "evaluation", "God dialog om deling af billeder"));

        assertThat(pi).hasPassedInOrder("planTeaching", "waitForReminder", "holdTeaching", "gwHeld", "teachingHeldEnd").isEnded();
        Assertions.assertThat(recorded).containsExactly("plan PLAN", "lesson HELD by forebygger");
    }

    @Test
    void aLessonThatWasNotHeldIsPlannedAgain() {
        ProcessInstance pi = fromSchool();
        plan(pi);
        remind(pi);
        complete(task(pi), withVariables("teachingHeld", "NOT_HELD", "notHeldReason", "Skolen havde glemt aftalen"));

        assertThat(pi).isWaitingAt("planTeaching");
        Task again = task(pi);
        assertThat(again).hasCandidateGroup("konsulent");
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "plannedDate")).as("the old plan is shown").isEqualTo(PLANNED);

        plan(pi);
        remind(pi);
        Assertions.assertThat(runtimeService().getVariable(pi.getId(), "teachingHeld")).as("the form starts empty again").isNull();
        complete(task(pi), withVariables("teachingHeld", "HELD", "heldOn", PLANNED, "classesTaught", 2L, "pupilsReached", 40L,
                "teachingHours", 2L));
        assertThat(pi).hasPassed("teachingHeldEnd").isEnded();
        Assertions.assertThat(recorded).containsExactly("plan PLAN", "lesson NOT_HELD by forebygger", "plan PLAN",
                "lesson HELD by forebygger");
    }

    @Test
    void aReminderDateAlreadyPassedGivesThePreventerTheTaskAtOnce() {
        ProcessInstance pi = fromSchool();
        ClockUtil.setCurrentTime(at(2026, 3, 18, 9, 0));
        plan(pi);
        Assertions.assertThat(executableJobs(pi)).as("due in the past: the job executor runs it at once").isEqualTo(1);
        execute(timerJob(pi, "waitForReminder"));
        assertThat(pi).isWaitingAt("holdTeaching");
    }

    // ------------------------------------------------------------------ cancellations

    @Test
    void theConsultantCancelsTheCourse() {
        ProcessInstance pi = fromSchool();
        complete(task(pi), withVariables("planningDecision", "CANCEL", "cancellationReason", "Skolen har ringet og aflyst"));

        assertThat(pi).hasPassedInOrder("gwPlanningDecision", "recordCancellation", "teachingCancelledEnd").isEnded();
        assertThat(pi).hasNotPassed("waitForReminder", "holdTeaching");
        Assertions.assertThat(recorded).containsExactly("plan CANCEL", "cancelled by STAFF");
    }

    @Test
    void theSchoolCancelsBeforeThePlan() {
        ProcessInstance pi = fromSchool();
        schoolCancels();
        assertThat(pi).hasPassedInOrder("startSchoolCancelled", "recordSchoolCancellation", "schoolCancelledEnd").isEnded();
        assertThat(pi).hasNotPassed("waitForReminder");
        Assertions.assertThat(recorded).containsExactly("cancelled by SCHOOL");
    }

    @Test
    void theSchoolCancelsAPlannedCourseAndTheReminderGoes() {
        ProcessInstance pi = fromSchool();
        plan(pi);
        Assertions.assertThat(timerJob(pi, "waitForReminder")).isNotNull();
        schoolCancels();
        assertThat(pi).hasPassed("schoolCancelledEnd").hasNotPassed("holdTeaching").isEnded();
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void theSchoolCancelsWhileThePreventerHasTheTask() {
        ProcessInstance pi = fromSchool();
        plan(pi);
        remind(pi);
        assertThat(pi).isWaitingAt("holdTeaching");
        schoolCancels();
        assertThat(pi).hasPassed("schoolCancelledEnd").isEnded();
        Assertions.assertThat(recorded).containsExactly("plan PLAN", "cancelled by SCHOOL");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance fromSchool() {
        return runtimeService().createMessageCorrelation("teachingRequested")
                .processInstanceBusinessKey(REQUEST_ID)
                .setVariables(requestVariables())
                .correlateStartMessage();
    }

    private static Map<String, Object> requestVariables() {
        Map<String, Object> v = new HashMap<>();
        v.put("teachingRequestId", REQUEST_ID);
        v.put("schoolName", "demo-skole");
        v.put("grade", 7);
        v.put("classes", 2);
        v.put("pupils", 48);
        v.put("topic", "DIGITAL_DANNELSE");
        v.put("topicLabel", "Digital dannelse og deling af billeder");
        v.put("wishedFrom", "2026-03-09");
        v.put("wishedTo", "2026-04-30");
        v.put("requestNote", null);
        v.put("reminderWorkingDays", 3);
        return v;
    }

    private void plan(ProcessInstance pi) {
        complete(task(pi), withVariables("planningDecision", "PLAN", "plannedDate", PLANNED, "preventer", "forebygger",
                "material", "Oplæg og dilemmakort"));
    }

    private void remind(ProcessInstance pi) {
        ClockUtil.setCurrentTime(REMINDER);
        execute(timerJob(pi, "waitForReminder"));
    }

    private void schoolCancels() {
        runtimeService().createMessageCorrelation("teachingCancelled")
                .processInstanceBusinessKey(REQUEST_ID)
                .setVariable("cancellationSource", "SCHOOL")
                .setVariable("cancellationReason", "Lejrskole")
                .correlate();
    }

    private long executableJobs(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).executable().count();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), ZONE).toInstant());
    }
}
