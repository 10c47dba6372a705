package dk.trekant.individual.youthcase;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
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
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;

import dk.trekant.platform.calendar.WorkingDayCalendar;
import dk.trekant.individual.youthcase.documents.CaseDocument;
import dk.trekant.individual.youthcase.documents.DocumentListeners;
import dk.trekant.individual.youthcase.documents.HandoverDrafts;
import dk.trekant.individual.youthcase.documents.ParentLetters;

/**
 * Every path of the youth case ({@code youthCase}). Service tasks are replaced by test delegates that set the
 * variables the real delegates set (see processes/individual/README.md); the working-day calendar is the real one.
 * The class asserts 100 % coverage (flow nodes and sequence flows) of the model.
 */
@Deployment(resources = {
        "processes/individual/youth-case.bpmn",
        "processes/individual/triage.dmn",
        "processes/individual/assessCase.form",
        "processes/individual/escalateAssessment.form",
        "processes/individual/planParentDialogue.form",
        "processes/individual/holdParentDialogue.form",
        "processes/individual/decideAfterNoShow.form",
        "processes/individual/sendParentInformationLetter.form",
        "processes/individual/reviewHandover.form",
        "processes/individual/acknowledgeHandover.form",
        "processes/individual/escalateHandoverReceipt.form",
        "processes/individual/recordHandoverFeedback.form",
        "processes/individual/followUp.form",
        "processes/individual/assessNewIncident.form"})
@Tag("process-engine")
class YouthCaseProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Monday 3 March 2025, 10:00. */
    private static final ZonedDateTime MONDAY_MORNING = ZonedDateTime.of(LocalDateTime.of(2025, 3, 3, 10, 0), ZONE);
    private static final String CASE_NUMBER = "KPT-2025-00001";

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC());
    /** What the test {@code registerIncident} delegate writes for the next incident. */
    private Map<String, Object> nextIncident;
    private int lettersSent;
    private int documentsCreated;
    private int approvedStored;
    /** The review's and the letter's listeners are the real ones; what they write into the case file is mocked. */
    private HandoverDrafts drafts;
    private ParentLetters letters;
    private int triagesRecorded;
    private int assessmentsRecorded;
    private int dialoguesRecorded;

    @BeforeEach
    void setUp() {
        // a Spring context's engine may live in the same JVM: the assertions must use this one
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(MONDAY_MORNING.toInstant()));
        nextIncident = incident(14, "TYVERI", "MISTAENKT", 0, false); // -> GENEREL, NORMAL
        Mocks.register("workdays", workdays);
        Mocks.register("registerIncident", (JavaDelegate) execution -> {
            execution.setVariables(nextIncident);
            execution.setVariable("incidentSummary", "Hændelse " + execution.getVariable("incidentId"));
        });
        Mocks.register("createParentLetter", (JavaDelegate) execution -> {
            lettersSent++;
            execution.setVariable("parentLetterDocumentId", new UUID(2, lettersSent).toString());
        });
        Mocks.register("createHandoverDocument", (JavaDelegate) execution -> {
            documentsCreated++;
            execution.setVariable("handoverDocumentId", new UUID(1, documentsCreated).toString());
        });
        Mocks.register("storeApprovedHandover", (JavaDelegate) execution -> approvedStored++);
        drafts = Mockito.mock(HandoverDrafts.class);
        Mockito.when(drafts.sections(Mockito.any()))
                .thenReturn(new CaseDocument.Sections("Udkast: begrundelse", "Udkast: observeret", "Udkast: gjort"));
        letters = Mockito.mock(ParentLetters.class);
        Mocks.register("prepareHandoverReview", DocumentListeners.prepareHandoverReview(drafts));
        Mocks.register("recordHandoverReview", DocumentListeners.recordHandoverReview(drafts));
        Mocks.register("recordLetterDispatch", DocumentListeners.recordLetterDispatch(letters));
        // The case file is written by listeners; their own behaviour is tested against the database (YouthCaseEndToEndTest).
        Mocks.register("recordTriage", (ExecutionListener) execution -> triagesRecorded++);
        Mocks.register("recordAssessment", (TaskListener) task -> assessmentsRecorded++);
        Mocks.register("recordParentDialogue", (TaskListener) task -> dialoguesRecorded++);
        Mocks.register("closeCase", (JavaDelegate) execution ->
                execution.setVariable("retentionUntil", Date.from(MONDAY_MORNING.plusYears(2).toInstant())));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ start and assessment

    @Test
    void startsFromEachOfTheThreeMessagesAndWaitsForTheCoordinator() {
        Map<String, String> startEvents = Map.of(
                "section115Notification", "startSection115",
                "concern", "startConcern",
                "jointMeetingConcern", "startJointMeetingConcern");
        int n = 0;
        for (var entry : startEvents.entrySet()) {
            ProcessInstance pi = start(entry.getKey(), "KPT-2025-0000" + (++n), Map.of());
            assertThat(pi).hasPassed(entry.getValue(), "registerIncident", "proposeLevel").isWaitingAt("assessCase");
            assertThat(pi).variables()
                    .containsEntry("proposedLevel", "GENEREL")
                    .containsEntry("urgency", "NORMAL")
                    .containsEntry("followUpPeriod", "P3M")
                    .containsEntry("assessmentWorkingDays", 5L)
                    .containsKey("triageReason");
            assertThat(task(pi)).hasCandidateGroup("koordinator");
            assertCamundaForm(task(pi), "assessCase");
        }
    }

    @Test
    void normalCaseIsDueAfterFiveWorkingDays() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        // Monday 10:00 + 5 working days = next Monday 10:00
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at(2025, 3, 10, 10));
    }

    @Test
    void configuredWorkingDaysAreUsedAndSkipHolidays() {
        // Wednesday 16 April 2025: skærtorsdag, langfredag and 2. påskedag are closed
        ClockUtil.setCurrentTime(at(2025, 4, 16, 9));
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of("assessmentWorkingDays", 3));
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at(2025, 4, 24, 9));
    }

    @Test
    void acuteCaseIsDueWithin24Hours() {
        nextIncident = incident(11, "VOLD", "MISTAENKT", 0, false);
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        assertThat(pi).variables().containsEntry("proposedLevel", "INDIVIDUEL").containsEntry("urgency", "AKUT");
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at(2025, 3, 4, 10));
    }

    @Test
    void overdueAssessmentEscalatesToTheLeaderWithoutCancellingIt() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        Job timer = timerJob(pi, "assessmentOverdue");
        Assertions.assertThat(timer.getDuedate()).isEqualTo(at(2025, 3, 10, 10));

        ClockUtil.setCurrentTime(at(2025, 3, 10, 10, 1));
        execute(timer);

        assertThat(pi).isWaitingAt("assessCase", "escalateAssessment");
        Task escalation = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("escalateAssessment").singleResult();
        assertThat(escalation).hasCandidateGroup("leder").hasName("Eskaleret: vurdering overskredet");
        complete(escalation, withVariables("assessmentEscalationNote", "Koordinator vurderer i dag"));
        assertThat(pi).hasPassed("assessmentEscalationHandled").isWaitingAt("assessCase");

        decide(pi, "NO_ACTION");
        sendLetter(pi);
        assertThat(pi).isEnded();
    }

    @Test
    void noFurtherActionSendsTheLetterAndClosesTheCase() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "NO_ACTION");
        assertThat(pi).hasPassed("createParentLetter").isWaitingAt("sendParentInformationLetter");
        Task send = task(pi);
        assertThat(send).hasCandidateGroup("koordinator").hasName("Send informationsbrev til forældre");
        assertCamundaForm(send, "sendParentInformationLetter");
        Assertions.assertThat(send.getDueDate()).isEqualTo(at(2025, 3, 10, 10));
        complete(send, withVariables("letterChannel", "DIGITAL_POST", "letterSentOn", "2025-03-03"));
        Mockito.verify(letters).recordSent(new UUID(2, 1), "DIGITAL_POST", "2025-03-03", null);
        assertThat(pi).hasPassedInOrder("assessCase", "createParentLetter", "sendParentInformationLetter", "closeCase",
                "caseClosed").isEnded();
        assertThat(pi).hasNotPassed("planParentDialogue", "createHandoverDocument", "followUp");
        Assertions.assertThat(lettersSent).isEqualTo(1);
        Assertions.assertThat(historicVariable(pi, "retentionUntil")).isNotNull();
        // the triage and the decision are written into the case file once each
        Assertions.assertThat(triagesRecorded).isEqualTo(1);
        Assertions.assertThat(assessmentsRecorded).isEqualTo(1);
    }

    // ------------------------------------------------------------------ parent dialogue

    @Test
    void concludedDialogueGoesToFollowUpAndCloses() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");
        planDialogue(pi);
        holdDialogue(pi, "CONCLUDED");

        assertThat(pi).isWaitingAt("waitForFollowUp").hasNotPassed("createHandoverDocument");
        Job followUpTimer = timerJob(pi, "waitForFollowUp");
        Assertions.assertThat(followUpTimer.getDuedate()).isEqualTo(Date.from(MONDAY_MORNING.plusMonths(3).toInstant()));
        execute(followUpTimer);

        assertThat(pi).isWaitingAt("followUp");
        assertThat(task(pi)).hasCandidateGroup("koordinator");
        complete(task(pi), withVariables("followUpDecision", "CLOSE", "followUpNote", "Aftaler holdt"));
        assertThat(pi).hasPassed("closeCase", "caseClosed").isEnded();
    }

    @Test
    void followUpPeriodCanBeConfiguredAtStart() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of("followUpPeriod", "P1M"));
        decide(pi, "PARENT_DIALOGUE");
        planDialogue(pi);
        holdDialogue(pi, "CONCLUDED");
        Assertions.assertThat(timerJob(pi, "waitForFollowUp").getDuedate())
                .isEqualTo(Date.from(MONDAY_MORNING.plusMonths(1).toInstant()));
    }

    @Test
    void dialogueThenHandoverGoesToSocialServicesAfterAConcludedDialogue() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "DIALOGUE_THEN_HANDOVER");
        planDialogue(pi);
        holdDialogue(pi, "CONCLUDED");
        approve(pi);
        assertThat(pi).hasPassed("createHandoverDocument").isWaitingAt("acknowledgeHandover");
        acknowledgeAndRecordFeedback(pi, "INVESTIGATION_STARTED");
        assertThat(pi).isWaitingAt("waitForFollowUp");
    }

    @Test
    void dialogueThatRevealsANeedForHandoverGoesToSocialServices() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");
        planDialogue(pi);
        holdDialogue(pi, "NEEDS_HANDOVER");
        assertThat(pi).hasPassed("createHandoverDocument").isWaitingAt("reviewHandover");
    }

    @Test
    void twoNoShowsAreReplannedAndTheThirdGoesToTheCoordinatorWhoChoosesHandover() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");

        planDialogue(pi);
        holdDialogue(pi, "NO_SHOW");
        assertThat(pi).isWaitingAt("planParentDialogue").variables().containsEntry("noShowCount", 1L);
        planDialogue(pi);
        holdDialogue(pi, "NO_SHOW");
        assertThat(pi).isWaitingAt("planParentDialogue").variables().containsEntry("noShowCount", 2L);
        planDialogue(pi);
        holdDialogue(pi, "NO_SHOW");

        assertThat(pi).isWaitingAt("decideAfterNoShow").variables().containsEntry("noShowCount", 3L);
        Assertions.assertThat(dialoguesRecorded).as("each attempt, no-shows included, is recorded").isEqualTo(3);
        assertThat(task(pi)).hasCandidateGroup("koordinator").hasName("Udeblivelse: beslut videre forløb");
        complete(task(pi), withVariables("noShowDecision", "HANDOVER", "noShowDecisionNote", "Tre udeblivelser"));
        assertThat(pi).hasPassed("createHandoverDocument").isWaitingAt("reviewHandover");
    }

    @Test
    void afterThreeNoShowsTheCoordinatorCanChooseFollowUp() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "DIALOGUE_THEN_HANDOVER");
        for (int i = 0; i < 3; i++) {
            planDialogue(pi);
            holdDialogue(pi, "NO_SHOW");
        }
        complete(task(pi), withVariables("noShowDecision", "FOLLOW_UP", "noShowDecisionNote", "Følges op"));
        assertThat(pi).isWaitingAt("waitForFollowUp").hasNotPassed("createHandoverDocument");
    }

    // ------------------------------------------------------------------ handover

    @Test
    void handoverIsAcknowledgedWithin24HoursAndFeedbackLeadsToFollowUp() {
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        decide(pi, "HANDOVER");
        assertThat(pi).hasPassed("createHandoverDocument").isWaitingAt("reviewHandover").hasNotPassed("planParentDialogue");
        Task review = task(pi);
        assertThat(review).hasCandidateGroup("koordinator").hasName("Gennemse underretning");
        assertCamundaForm(review, "reviewHandover");
        Assertions.assertThat(review.getDueDate()).isEqualTo(at(2025, 3, 4, 10));
        // the draft's sections are on the task only, for the form
        Assertions.assertThat(taskService().getVariablesLocal(review.getId())).containsEntry("handoverReason", "Udkast: begrundelse")
                .containsEntry("handoverObserved", "Udkast: observeret").containsEntry("handoverActions", "Udkast: gjort");
        assertThat(pi).variables().doesNotContainKeys("handoverReason", "handoverObserved", "handoverActions");

        // the coordinator edits a section and approves: the edited text goes to the case file, not into the process
        // as Tasklist submits a Camunda Form
        formService().submitTaskForm(review.getId(), withVariables("handoverReason", "Rettet begrundelse", "handoverReview", "APPROVED"));
        Mockito.verify(drafts).review(new UUID(1, 1),
                new CaseDocument.Sections("Rettet begrundelse", "Udkast: observeret", "Udkast: gjort"), true, null, null);
        assertThat(pi).hasPassedInOrder("reviewHandover", "gwHandoverApproved", "storeApprovedHandover")
                .isWaitingAt("acknowledgeHandover");
        assertThat(pi).variables().containsEntry("handoverApproved", true)
                .doesNotContainKeys("handoverReason", "handoverObserved", "handoverActions", "handoverReview", "handoverReviewComment");
        Assertions.assertThat(approvedStored).isEqualTo(1);
        Task ack = task(pi);
        assertThat(ack).hasCandidateGroup("socialraadgiver");
        assertCamundaForm(ack, "acknowledgeHandover");
        Assertions.assertThat(ack.getDueDate()).isEqualTo(at(2025, 3, 4, 10));
        assertThat(pi).variables().containsEntry("handoverDocumentId", new UUID(1, 1).toString())
                .containsEntry("handoverReceiptDue", at(2025, 3, 11, 10));

        acknowledgeAndRecordFeedback(pi, "MEASURES");
        assertThat(pi).isWaitingAt("waitForFollowUp").hasNotPassed("escalateHandoverReceipt");
    }

    @Test
    void aRejectedDraftGoesBackToTheAssessmentAndANewHandoverIsDraftedAfresh() {
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        decide(pi, "HANDOVER");
        complete(task("reviewHandover", pi), withVariables("handoverReview", "REJECTED",
                "handoverReviewComment", "Forældresamtalen skal holdes først"));
        Mockito.verify(drafts).review(new UUID(1, 1),
                new CaseDocument.Sections("Udkast: begrundelse", "Udkast: observeret", "Udkast: gjort"), false,
                "Forældresamtalen skal holdes først", null);
        assertThat(pi).hasPassed("gwHandoverApproved").hasNotPassed("storeApprovedHandover", "acknowledgeHandover")
                .isWaitingAt("assessCase");
        assertThat(pi).variables().containsEntry("handoverApproved", false).doesNotContainKey("handoverReviewComment");
        Assertions.assertThat(approvedStored).isZero();

        decide(pi, "HANDOVER");
        Task second = task("reviewHandover", pi);
        Assertions.assertThat(taskService().getVariableLocal(second.getId(), "handoverReview"))
                .as("a new review starts without the earlier answer").isNull();
        complete(second, withVariables("handoverReview", "APPROVED"));
        Assertions.assertThat(documentsCreated).isEqualTo(2);
        assertThat(pi).isWaitingAt("acknowledgeHandover").variables()
                .containsEntry("handoverDocumentId", new UUID(1, 2).toString());
    }

    @Test
    void aReviewWithoutAnAnswerIsNotAccepted() {
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        decide(pi, "HANDOVER");
        Task review = task("reviewHandover", pi);
        assertThatThrownBy(() -> complete(review, withVariables("handoverReason", "Tekst")))
                .hasMessageContaining("handoverReview");
        assertThat(pi).isWaitingAt("reviewHandover");
    }

    @Test
    void receiptNotSentWithinSixWorkingDaysEscalatesToTheLeader() {
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        decide(pi, "HANDOVER");
        approve(pi);
        Job receiptTimer = timerJob(pi, "handoverReceiptOverdue");
        // Monday 10:00 + 6 working days = Tuesday the week after
        Assertions.assertThat(receiptTimer.getDuedate()).isEqualTo(at(2025, 3, 11, 10));

        ClockUtil.setCurrentTime(at(2025, 3, 11, 10, 1));
        execute(receiptTimer);
        assertThat(pi).isWaitingAt("acknowledgeHandover", "escalateHandoverReceipt");
        Task escalation = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("escalateHandoverReceipt").singleResult();
        assertThat(escalation).hasCandidateGroup("leder");
        complete(escalation, withVariables("receiptEscalationNote", "Rykket hos afdelingsleder"));
        assertThat(pi).hasPassed("handoverEscalationHandled").isWaitingAt("acknowledgeHandover");

        acknowledgeAndRecordFeedback(pi, "NONE");
        assertThat(pi).isWaitingAt("waitForFollowUp");
    }

    // ------------------------------------------------------------------ follow-up

    @Test
    void reassessLoopsBackToAssessmentWithAFreshNoShowCounter() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");
        planDialogue(pi);
        holdDialogue(pi, "NO_SHOW");
        planDialogue(pi);
        holdDialogue(pi, "CONCLUDED");
        execute(timerJob(pi, "waitForFollowUp"));
        complete(task(pi), withVariables("followUpDecision", "REASSESS", "followUpNote", "Ny bekymring"));

        assertThat(pi).isWaitingAt("assessCase").variables().containsEntry("noShowCount", 0L);
        decide(pi, "NO_ACTION");
        sendLetter(pi);
        assertThat(pi).isEnded();
    }

    @Test
    void aFollowUpWithAnUnknownDecisionIsRejected() {
        ProcessInstance pi = start("concern", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");
        planDialogue(pi);
        holdDialogue(pi, "CONCLUDED");
        execute(timerJob(pi, "waitForFollowUp"));
        Task followUp = task(pi);
        assertThatThrownBy(() -> complete(followUp, withVariables("followUpDecision", "MAYBE")))
                .hasMessageContaining("No outgoing sequence flow");
        assertThat(pi).isWaitingAt("followUp");
    }

    // ------------------------------------------------------------------ a new incident in an open case

    @Test
    void aNewIncidentIsCorrelatedIntoTheOpenCaseByBusinessKey() {
        ProcessInstance pi = start("section115Notification", CASE_NUMBER, Map.of());
        decide(pi, "PARENT_DIALOGUE");
        ProcessInstance other = start("concern", "KPT-2025-00002", Map.of());

        nextIncident = incident(14, "VAABEN", "MISTAENKT", 1, false);
        runtimeService().createMessageCorrelation("youthCaseIncident")
                .processInstanceBusinessKey(CASE_NUMBER)
                .setVariable("incidentId", "inc-2")
                .correlateWithResult();

        assertThat(pi).isWaitingAt("planParentDialogue", "assessNewIncident")
                .hasPassed("newIncidentReceived", "registerNewIncident", "proposeLevelNewIncident");
        assertThat(other).hasNotPassed("newIncidentReceived");
        Task assessNew = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("assessNewIncident").singleResult();
        assertThat(assessNew).hasCandidateGroup("koordinator").hasName("Vurdér ny hændelse");
        assertThat(pi).variables().containsEntry("proposedLevel", "INDIVIDUEL").containsEntry("incidentId", "inc-2");

        complete(assessNew, withVariables("newIncidentDecision", "NOTED", "newIncidentNote", "Tages med i samtalen"));
        assertThat(pi).hasPassed("newIncidentAssessed").isWaitingAt("planParentDialogue");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(CASE_NUMBER).count())
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance start(String message, String caseNumber, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("incidentId", "inc-" + caseNumber);
        all.put("caseNumber", caseNumber);
        ProcessInstance pi = runtimeService().createMessageCorrelation(message)
                .processInstanceBusinessKey(caseNumber)
                .setVariables(all)
                .correlateStartMessage();
        // The router starts the case after the partner's transaction: registration and triage run at once.
        assertThat(pi).hasPassed("registerIncident");
        return pi;
    }

    private void decide(ProcessInstance pi, String decision) {
        assertThat(pi).isWaitingAt("assessCase");
        complete(task("assessCase", pi), withVariables(
                "assessmentDecision", decision, "decidedLevel", "MAALRETTET", "assessmentNote", "Test"));
    }

    private void planDialogue(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("planParentDialogue");
        assertThat(task(pi)).hasCandidateGroup("forebygger");
        complete(task(pi), withVariables("dialogueDate", "2025-03-12T15:00", "dialoguePlace", "Skolen"));
    }

    private void holdDialogue(ProcessInstance pi, String outcome) {
        assertThat(pi).isWaitingAt("holdParentDialogue");
        assertThat(task(pi)).hasCandidateGroup("forebygger");
        complete(task(pi), withVariables("dialogueOutcome", outcome));
    }

    private void approve(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("reviewHandover");
        formService().submitTaskForm(task("reviewHandover", pi).getId(), withVariables("handoverReview", "APPROVED"));
    }

    private void sendLetter(ProcessInstance pi) {
        assertThat(pi).isWaitingAt("sendParentInformationLetter");
        complete(task("sendParentInformationLetter", pi), withVariables("letterChannel", "LETTER", "letterSentOn", "2025-03-03"));
    }

    private void acknowledgeAndRecordFeedback(ProcessInstance pi, String feedback) {
        complete(task("acknowledgeHandover", pi), withVariables("handoverAcknowledged", true, "socialCaseworker", "SR"));
        assertThat(pi).isWaitingAt("recordHandoverFeedback");
        assertThat(task("recordHandoverFeedback", pi)).hasCandidateGroup("socialraadgiver");
        complete(task("recordHandoverFeedback", pi), withVariables("handoverFeedback", feedback));
        assertThat(pi).hasPassed("recordHandoverFeedback");
    }

    private Object historicVariable(ProcessInstance pi, String name) {
        var variable = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService()
                .createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }

    private static Map<String, Object> incident(int age, String offence, String role, int earlier, boolean known) {
        Map<String, Object> v = new HashMap<>();
        v.put("youthId", "youth-1");
        v.put("youthName", "Testbarn");
        v.put("youthAge", age);
        v.put("offenceCategory", offence);
        v.put("role", role);
        v.put("earlierIncidents12m", earlier);
        v.put("knownToSocialServices", known);
        return v;
    }

    private static Date at(int year, int month, int day, int hour) {
        return at(year, month, day, hour, 0);
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), ZONE).toInstant());
    }
}
