package dk.trekant.individual.adultcase;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
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
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
 * Every path of the adult case ({@code adultCase}, "Voksensag / løsladelsesforløb"). Service tasks and listeners are
 * replaced by test doubles that set the variables the real beans set (see the "Adult case" section of
 * processes/individual/README.md); the working-day calendar is the real one. The class asserts 100 % coverage
 * (flow nodes and sequence flows) of the model.
 */
@Deployment(resources = {
        "processes/individual/adult-case.bpmn",
        "processes/individual/adultAssessReferral.form",
        "processes/individual/adultPlanReleaseMeeting.form",
        "processes/individual/adultCoordinateArea.form",
        "processes/individual/adultHoldCoordinationMeeting.form",
        "processes/individual/adultFollowUp.form",
        "processes/individual/adultAssessNewReferral.form"})
@Tag("process-engine")
class AdultCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Monday 3 March 2025, 10:00. */
    private static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(LocalDateTime.of(2025, 3, 3, 10, 0), ZONE);
    private static final String CASE_NUMBER = "KPT-2025-00101";
    /** Expected release: Tuesday 1 April 2025. */
    private static final Date RELEASE_DATE = at(2025, 4, 1, 0);
    /** 10 working days before the release (computed by the Java side): Tuesday 18 March 2025. */
    private static final Date REMINDER = at(2025, 3, 18, 0);

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC());
    /** What the test {@code registerAdultReferral} delegate writes for the next referral. */
    private Map<String, Object> nextReferral;
    private final List<String> recordedAreaOutcomes = new ArrayList<>();
    private final List<String> closedWith = new ArrayList<>();
    private int assessmentsRecorded;

    @BeforeEach
    void setUp() {
        // a Spring context's engine may live in the same JVM: the assertions must use this one
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        nextReferral = releaseReferral(RELEASE_DATE, REMINDER);
        Mocks.register("workdays", workdays);
        Mocks.register("registerAdultReferral", (JavaDelegate) execution -> {
            execution.setVariables(nextReferral);
            execution.setVariable("referralSummary", "Henvendelse " + execution.getVariable("referralId"));
        });
        Mocks.register("recordAdultAssessment", (TaskListener) task -> assessmentsRecorded++);
        Mocks.register("recordAreaOutcome", (TaskListener) task -> recordedAreaOutcomes.add(
                task.getVariable("area") + "=" + task.getVariable("areaOutcome")));
        Mocks.register("closeAdultCase", (JavaDelegate) execution -> {
            closedWith.add((String) execution.getVariable("caseOutcome"));
            execution.setVariable("retentionUntil", Date.from(MONDAY_MORNING.plusYears(2).toInstant()));
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ start and assessment

    @Test
    void startsFromAReleaseNotificationAndWaitsForTheCoordinator() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        assertThat(pi).hasPassed("startReleaseNotification", "registerAdultReferral").isWaitingAt("assessAdultReferral");
        assertThat(pi).variables()
                .containsEntry("releaseDate", RELEASE_DATE)
                .containsEntry("releaseMeetingReminder", REMINDER)
                .containsEntry("institutionName", "Statsfængslet Østjylland")
                .containsEntry("reasonCategory", "VOLD")
                .containsEntry("followUpPeriod", "P3M")
                .containsEntry("assessmentWorkingDays", 5L);
        Task assess = task(pi);
        assertThat(assess).hasCandidateGroup("koordinator").hasName("Vurdér voksenhenvendelse");
        assertCamundaForm(assess, "adultAssessReferral");
        // Monday 10:00 + 5 working days = next Monday 10:00
        Assertions.assertThat(assess.getDueDate()).isEqualTo(at(2025, 3, 10, 10));
    }

    @Test
    void startsFromAPoliceNotificationWithConfiguredWorkingDays() {
        nextReferral = policeReferral();
        // Wednesday 16 April 2025: skærtorsdag, langfredag and 2. påskedag are closed
        ClockUtil.setCurrentTime(at(2025, 4, 16, 9));
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of("assessmentWorkingDays", 3));
        assertThat(pi).hasPassed("startAdultSection115", "registerAdultReferral").isWaitingAt("assessAdultReferral");
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at(2025, 4, 24, 9));
        Assertions.assertThat(runtimeService().getVariables(pi.getId())).containsEntry("releaseDate", null)
                .doesNotContainKeys("youthName", "parentsConsent");
    }

    @Test
    void refusedConsentClosesTheCaseWithThatOutcome() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        complete(task(pi), withVariables("consent", "REFUSED", "assessmentNote", "Ønsker ikke forløb"));

        assertThat(pi).hasPassedInOrder("assessAdultReferral", "closeWithoutConsent", "caseClosedNoConsent").isEnded();
        assertThat(pi).hasNotPassed("waitForReleaseMeeting", "coordinateArea", "closeCase");
        Assertions.assertThat(closedWith).containsExactly("NO_CONSENT");
        Assertions.assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("NO_CONSENT");
        Assertions.assertThat(historicVariable(pi, "retentionUntil")).isNotNull();
        Assertions.assertThat(assessmentsRecorded).isEqualTo(1);
    }

    // ------------------------------------------------------------------ release date and the reminder timer

    @Test
    void theReleaseMeetingReminderFiresTenWorkingDaysBeforeTheRelease() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        consent(pi, "HOUSING", "INCOME");

        assertThat(pi).isWaitingAt("waitForReleaseMeeting");
        Job reminder = timerJob(pi, "waitForReleaseMeeting");
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(REMINDER);
        Assertions.assertThat(executableJobs(pi)).isZero();

        ClockUtil.setCurrentTime(at(2025, 3, 17, 23, 59));
        Assertions.assertThat(executableJobs(pi)).as("not due the day before").isZero();
        ClockUtil.setCurrentTime(REMINDER);
        Assertions.assertThat(executableJobs(pi)).isEqualTo(1);
        execute(reminder);

        assertThat(pi).isWaitingAt("planReleaseMeeting");
        Task plan = task(pi);
        assertThat(plan).hasCandidateGroup("koordinator").hasName("Planlæg løsladelsesmøde");
        assertCamundaForm(plan, "adultPlanReleaseMeeting");
        Assertions.assertThat(plan.getDueDate()).as("planned before the release").isEqualTo(RELEASE_DATE);

        complete(plan, withVariables("releaseMeetingDate", "2025-03-25T10:00", "releaseMeetingPlace", "Fængslet"));
        assertThat(pi).isWaitingAt("coordinateArea");
        Assertions.assertThat(coordinationTasks(pi)).hasSize(2);
    }

    @Test
    void movingTheJobDueDateMovesWhenTheReminderFires() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        consent(pi, "HOUSING");
        Job reminder = timerJob(pi, "waitForReleaseMeeting");

        // Kriminalforsorgen moves the release two weeks later: the Java side moves the job, not the token
        Date later = at(2025, 4, 1, 0);
        managementService().setJobDuedate(reminder.getId(), later);

        ClockUtil.setCurrentTime(REMINDER);
        Assertions.assertThat(executableJobs(pi)).as("the old date no longer fires").isZero();
        ClockUtil.setCurrentTime(later);
        Job moved = timerJob(pi, "waitForReleaseMeeting");
        Assertions.assertThat(moved.getId()).isEqualTo(reminder.getId());
        Assertions.assertThat(moved.getDuedate()).isEqualTo(later);
        Assertions.assertThat(executableJobs(pi)).isEqualTo(1);
        execute(moved);
        assertThat(pi).isWaitingAt("planReleaseMeeting");
    }

    @Test
    void withoutAReleaseDateTheCaseGoesStraightToCoordination() {
        nextReferral = policeReferral();
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of());
        consent(pi, "HOUSING");

        assertThat(pi).isWaitingAt("coordinateArea").hasNotPassed("waitForReleaseMeeting", "planReleaseMeeting");
        List<Task> tasks = coordinationTasks(pi);
        Assertions.assertThat(tasks).extracting(Task::getName).containsExactly("Koordinér: bolig");
        assertThat(tasks.get(0)).hasCandidateGroup("koordinator");
        assertCamundaForm(tasks.get(0), "adultCoordinateArea");
        Assertions.assertThat(taskService().getVariable(tasks.get(0).getId(), "area")).isEqualTo("HOUSING");

        complete(tasks.get(0), withVariables("areaOutcome", "ARRANGED", "areaNote", "Bolig via boligsocialt team"));
        assertThat(pi).isWaitingAt("holdCoordinationMeeting");
        Assertions.assertThat(recordedAreaOutcomes).containsExactly("HOUSING=ARRANGED");
    }

    // ------------------------------------------------------------------ parallel coordination

    @Test
    void fourAreasGiveFourParallelTasksWithLocalOutcomes() {
        nextReferral = policeReferral();
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of());
        consent(pi, "HOUSING", "INCOME", "JOB_EDUCATION", "TREATMENT");

        List<Task> tasks = coordinationTasks(pi);
        Assertions.assertThat(tasks).extracting(Task::getName).containsExactlyInAnyOrder(
                "Koordinér: bolig", "Koordinér: forsørgelse", "Koordinér: job og uddannelse",
                "Koordinér: misbrug/psykiatri");
        String[] outcomes = {"ARRANGED", "PENDING", "NOT_NEEDED", "DECLINED"};
        for (int i = 0; i < tasks.size(); i++) {
            assertThat(pi).isWaitingAt("coordinateArea");
            complete(tasks.get(i), withVariables("areaOutcome", outcomes[i], "areaNote", "Note " + i));
        }

        assertThat(pi).isWaitingAt("holdCoordinationMeeting");
        Assertions.assertThat(recordedAreaOutcomes).hasSize(4);
        // the outcomes stay local to each area's task: nothing leaks into the case's variables
        Assertions.assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("areaOutcome", "areaNote", "area");
        List<HistoricVariableInstance> history = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("areaOutcome").list();
        Assertions.assertThat(history).extracting(HistoricVariableInstance::getValue)
                .containsExactlyInAnyOrder((Object[]) outcomes);
    }

    // ------------------------------------------------------------------ meeting and follow-up

    @Test
    void meetingThenFollowUpAfterThreeMonthsClosesTheCase() {
        nextReferral = policeReferral();
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of());
        consent(pi, "JOB_EDUCATION");
        coordinateAll(pi);
        holdMeeting(pi);

        assertThat(pi).isWaitingAt("waitForFollowUp");
        Job followUpTimer = timerJob(pi, "waitForFollowUp");
        Assertions.assertThat(followUpTimer.getDuedate()).isEqualTo(Date.from(MONDAY_MORNING.plusMonths(3).toInstant()));
        execute(followUpTimer);

        assertThat(pi).isWaitingAt("followUp");
        assertThat(task(pi)).hasCandidateGroup("koordinator").hasName("Opfølgning");
        assertCamundaForm(task(pi), "adultFollowUp");
        complete(task(pi), withVariables("followUpDecision", "CLOSE", "followUpNote", "I job"));

        assertThat(pi).hasPassedInOrder("followUp", "closeCase", "caseClosed").isEnded();
        Assertions.assertThat(closedWith).containsExactly("COMPLETED");
        Assertions.assertThat(historicVariable(pi, "retentionUntil")).isNotNull();
    }

    @Test
    void followUpCanContinueTheCoordinationWithAConfiguredPeriod() {
        nextReferral = policeReferral();
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of("followUpPeriod", "P1M"));
        consent(pi, "HOUSING", "TREATMENT");
        coordinateAll(pi);
        holdMeeting(pi);
        Assertions.assertThat(timerJob(pi, "waitForFollowUp").getDuedate())
                .isEqualTo(Date.from(MONDAY_MORNING.plusMonths(1).toInstant()));
        execute(timerJob(pi, "waitForFollowUp"));
        complete(task(pi), withVariables("followUpDecision", "CONTINUE", "followUpNote", "Bolig mangler"));

        assertThat(pi).isWaitingAt("coordinateArea");
        Assertions.assertThat(coordinationTasks(pi)).extracting(Task::getName)
                .containsExactlyInAnyOrder("Koordinér: bolig", "Koordinér: misbrug/psykiatri");
        coordinateAll(pi);
        holdMeeting(pi);
        execute(timerJob(pi, "waitForFollowUp"));
        complete(task(pi), withVariables("followUpDecision", "CLOSE", "followUpNote", "Afsluttet"));
        assertThat(pi).isEnded();
    }

    // ------------------------------------------------------------------ cancelled release

    @Test
    void aCancelledReleaseWhileWaitingForTheReminderEndsTheCase() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        consent(pi, "HOUSING");
        assertThat(pi).isWaitingAt("waitForReleaseMeeting");

        cancelRelease(CASE_NUMBER);

        assertThat(pi).hasPassedInOrder("releaseCancelled", "closeCancelledCase", "caseClosedCancelled").isEnded();
        assertThat(pi).hasNotPassed("planReleaseMeeting");
        Assertions.assertThat(closedWith).containsExactly("CANCELLED");
        Assertions.assertThat(historicVariable(pi, "caseOutcome")).isEqualTo("CANCELLED");
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aCancelledReleaseDuringCoordinationEndsAllOpenTasks() {
        ProcessInstance pi = start("releaseNotification", CASE_NUMBER, Map.of());
        ProcessInstance other = start("releaseNotification", "KPT-2025-00102", Map.of());
        consent(pi, "HOUSING", "INCOME", "TREATMENT");
        execute(timerJob(pi, "waitForReleaseMeeting"));
        complete(task(pi), withVariables("releaseMeetingDate", "2025-03-25T10:00", "releaseMeetingPlace", "Fængslet"));
        List<Task> tasks = coordinationTasks(pi);
        complete(tasks.get(0), withVariables("areaOutcome", "ARRANGED", "areaNote", "Aftalt"));

        cancelRelease(CASE_NUMBER);

        assertThat(pi).hasPassed("closeCancelledCase", "caseClosedCancelled").isEnded();
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(other).isWaitingAt("assessAdultReferral").hasNotPassed("releaseCancelled");
    }

    // ------------------------------------------------------------------ a new referral in an open case

    @Test
    void aNewReferralIsCorrelatedIntoTheOpenCaseWhichContinues() {
        nextReferral = policeReferral();
        ProcessInstance pi = start("adultSection115Notification", CASE_NUMBER, Map.of());
        ProcessInstance other = start("adultSection115Notification", "KPT-2025-00102", Map.of());
        consent(pi, "HOUSING");

        nextReferral = releaseReferral(RELEASE_DATE, REMINDER);
        runtimeService().createMessageCorrelation("adultCaseIncident")
                .processInstanceBusinessKey(CASE_NUMBER)
                .setVariable("referralId", "ref-2")
                .correlateWithResult();

        assertThat(pi).isWaitingAt("coordinateArea", "assessNewAdultReferral")
                .hasPassed("newReferralReceived", "registerNewAdultReferral");
        assertThat(other).hasNotPassed("newReferralReceived");
        Task assessNew = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("assessNewAdultReferral").singleResult();
        assertThat(assessNew).hasCandidateGroup("koordinator").hasName("Vurdér ny henvendelse");
        assertCamundaForm(assessNew, "adultAssessNewReferral");
        Assertions.assertThat(assessNew.getDueDate()).isEqualTo(at(2025, 3, 4, 10));
        assertThat(pi).variables().containsEntry("referralId", "ref-2").containsEntry("releaseDate", RELEASE_DATE);

        complete(assessNew, withVariables("newReferralDecision", "NOTED", "newReferralNote", "Løsladelse noteret"));
        assertThat(pi).hasPassed("newReferralAssessed").isWaitingAt("coordinateArea");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER).count())
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance start(String message, String caseNumber, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("referralId", "ref-" + caseNumber);
        all.put("caseNumber", caseNumber);
        return runtimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(all)
                .correlateStartMessage();
    }

    private void consent(ProcessInstance pi, String... areas) {
        assertThat(pi).isWaitingAt("assessAdultReferral");
        complete(task("assessAdultReferral", pi), withVariables(
                "consent", "GIVEN", "areas", new ArrayList<>(List.of(areas)), "assessmentNote", "Motiveret"));
    }

    private void coordinateAll(ProcessInstance pi) {
        for (Task t : coordinationTasks(pi)) {
            complete(t, withVariables("areaOutcome", "ARRANGED", "areaNote", "Aftalt"));
        }
    }

    private void holdMeeting(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("holdCoordinationMeeting");
        Task meeting = task(pi);
        assertThat(meeting).hasCandidateGroup("koordinator").hasName("Afhold koordineringsmøde");
        assertCamundaForm(meeting, "adultHoldCoordinationMeeting");
        complete(meeting, withVariables("coordinationMeetingDate", "2025-03-20T13:00",
                "participants", "Personen, jobcenter, boligkontor", "agreements", "Plan aftalt"));
    }

    private void cancelRelease(String caseNumber) {
        runtimeService().createMessageCorrelation("releaseCancelled")
                .processInstanceBusinessKey(caseNumber)
                .correlateWithResult();
    }

    private List<Task> coordinationTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("coordinateArea").list();
    }

    private long executableJobs(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).executable().count();
    }

    private Object historicVariable(ProcessInstance pi, String name) {
        var variable = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private static Map<String, Object> releaseReferral(Date releaseDate, Date reminder) {
        Map<String, Object> v = person();
        v.put("releaseDate", releaseDate);
        v.put("releaseMeetingReminder", reminder);
        v.put("institutionName", "Statsfængslet Østjylland");
        v.put("reasonCategory", "VOLD");
        return v;
    }

    private static Map<String, Object> policeReferral() {
        Map<String, Object> v = person();
        v.put("releaseDate", null);
        v.put("releaseMeetingReminder", null);
        v.put("institutionName", null);
        v.put("reasonCategory", null);
        return v;
    }

    private static Map<String, Object> person() {
        Map<String, Object> v = new HashMap<>();
        v.put("personId", "person-1");
        v.put("personName", "Testperson");
        v.put("personAge", 19);
        return v;
    }

    private static Date at(int year, int month, int day, int hour) {
        return at(year, month, day, hour, 0);
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), ZONE).toInstant());
    }
}
