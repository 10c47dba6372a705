package dk.trekant.targeted.hotspot.process;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processEngine;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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
import org.camunda.bpm.engine.repository.ProcessDefinition;
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
import dk.trekant.targeted.hotspot.HotspotPlan;

/**
 * Every path of the hotspot ({@code hotspot}, "Hotspotindsats"), with the timers driven by the
 * engine clock: the period's start, a week's shifts created each week, and the period's end.
 * Delegates and listeners are test doubles that do what the real beans do to the process (see the
 * "Hotspot" section of processes/targeted/README.md); the plan's variables are written by the real
 * {@link HotspotPlanVariables}. The class asserts 100 % coverage (flow nodes and sequence flows).
 */
@Deployment(resources = {
        "processes/targeted/hotspot.bpmn",
        "processes/targeted/proposeHotspot.form",
        "processes/targeted/prepareHotspotProposal.form",
        "processes/targeted/hotspotLokalraadDecision.form",
        "processes/targeted/presenceShift.form",
        "processes/targeted/evaluateHotspot.form"})
@Tag("process-engine")
class HotspotProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Wednesday 4 March 2026, 10:00: the lokalråd meets. */
    private static final ZonedDateTime WEDNESDAY = ZonedDateTime.of(LocalDateTime.of(2026, 3, 4, 10, 0), ZONE);
    /** The approved period: Monday 9 March to Sunday 29 March 2026 (three weeks). */
    private static final LocalDate FROM = LocalDate.of(2026, 3, 9);
    private static final LocalDate TO = LocalDate.of(2026, 3, 29);
    private static final String HOTSPOT_ID = "8f0c5a3e-0000-4000-8000-000000000001";

    private final List<String> calls = new ArrayList<>();
    private final List<Map<String, Object>> shiftsRecorded = new ArrayList<>();

    @BeforeEach
    void setUp() {
        // a Spring context's engine may live in the same JVM: the assertions must use this one
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(WEDNESDAY.toInstant()));
        Mocks.register("workdays", new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC()));
        Mocks.register("registerStaffHotspotProposal", (JavaDelegate) execution -> {
            calls.add("register:" + execution.getVariable("proposerUser"));
            execution.setProcessBusinessKey(HOTSPOT_ID);
            execution.setVariable("hotspotId", HOTSPOT_ID);
            execution.setVariable("location", execution.getVariable("address"));
        });
        Mocks.register("recordHotspotDecision", (TaskListener) task -> {
            calls.add("decision:" + task.getVariable("lokalraadDecision"));
            if ("APPROVED".equals(task.getVariable("lokalraadDecision"))) {
                HotspotPlanVariables.write(task.getExecution(), plan(task.getVariable("periodFrom"), task.getVariable("periodTo"),
                        task.getVariable("shiftsPerWeek"), task.getVariable("plannedShiftHours")));
            }
        });
        Mocks.register("activateHotspot", (JavaDelegate) execution -> calls.add("activate"));
        Mocks.register("recordHotspotShift", (TaskListener) task -> {
            Map<String, Object> shift = new HashMap<>(task.getVariables());
            shift.put("assignee", task.getAssignee());
            shiftsRecorded.add(shift);
        });
        Mocks.register("endHotspotPeriod", (JavaDelegate) execution -> {
            calls.add("endPeriod");
            execution.setVariable("periodSummary", "3 vagter, 9,00 timer");
        });
        Mocks.register("recordHotspotEvaluation", (TaskListener) task -> {
            calls.add("evaluation:" + task.getVariable("evaluationDecision"));
            if ("EXTEND".equals(task.getVariable("evaluationDecision"))) {
                LocalDate oldTo = LocalDate.parse((String) task.getVariable("periodTo"));
                HotspotPlanVariables.write(task.getExecution(), plan(oldTo.plusDays(1).toString(), task.getVariable("extensionTo"),
                        task.getVariable("shiftsPerWeek"), task.getVariable("plannedShiftHours")));
            }
        });
        Mocks.register("closeHotspot", (JavaDelegate) execution -> calls.add("close"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        processEngine().getIdentityService().clearAuthentication();
    }

    // ------------------------------------------------------------------ proposal and the lokalråd

    @Test
    void aPartnersProposalGoesToTheLeaderToPrepareForTheLokalraad() {
        ProcessInstance pi = partnerProposal();
        assertThat(pi).hasPassed("startPartnerProposal").isWaitingAt("prepareProposal");
        assertThat(pi).variables().containsEntry("plannedShiftHours", 3.0).containsEntry("evaluationWorkingDays", 10L);
        Task prepare = task(pi);
        assertThat(prepare).hasCandidateGroup("leder").hasName("Forbered hotspotforslag");
        assertCamundaForm(prepare, "prepareHotspotProposal");
        complete(prepare, withVariables("preparationNote", "Politiet bekræfter uro fredag og lørdag"));

        assertThat(pi).isWaitingAt("decideInLokalraad");
        Task decide = task(pi);
        assertThat(decide).hasCandidateGroup("leder").hasName("Beslutning i lokalrådet");
        assertCamundaForm(decide, "hotspotLokalraadDecision");
    }

    @Test
    void aRejectionEndsTheHotspot() {
        ProcessInstance pi = partnerProposal();
        complete(task(pi), withVariables("preparationNote", "Til lokalrådet"));
        complete(task(pi), withVariables("lokalraadDecision", "REJECTED", "rejectionReason", "Politiet har allerede patruljer"));

        assertThat(pi).hasPassedInOrder("decideInLokalraad", "gwApproved", "hotspotRejected").isEnded();
        assertThat(pi).hasNotPassed("waitForPeriodStart", "activateHotspot");
        Assertions.assertThat(calls).containsExactly("decision:REJECTED");
    }

    @Test
    void aStaffProposalFromTasklistRegistersTheHotspotUnderItsId() throws Exception {
        ProcessDefinition definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey("hotspot")
                .singleResult();
        Assertions.assertThat(definition.isStartableInTasklist()).isTrue();
        Assertions.assertThat(definition.getHistoryTimeToLive()).isEqualTo(730);
        try (InputStream form = formService().getDeployedStartForm(definition.getId())) {
            Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"proposeHotspot\"");
        }

        processEngine().getIdentityService().setAuthenticatedUserId("forebygger");
        ProcessInstance pi = formService().submitStartForm(definition.getId(), Map.of(
                "areaName", "Gadehavegård", "address", "Gadehavegårdsvej 1, 2630 Taastrup", "timesOfDay", "Aften",
                "proposalReason", "Utryghed ved indgangene", "proposedBy", "Boligselskabets driftschef"));

        assertThat(pi).hasPassedInOrder("startStaffProposal", "registerStaffProposal", "gwProposalJoin")
                .isWaitingAt("prepareProposal");
        Assertions.assertThat(pi.getBusinessKey()).isEqualTo(HOTSPOT_ID);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getBusinessKey()).isEqualTo(HOTSPOT_ID);
        Assertions.assertThat(calls).containsExactly("register:forebygger");
        assertThat(pi).variables().containsEntry("hotspotId", HOTSPOT_ID).containsEntry("location", "Gadehavegårdsvej 1, 2630 Taastrup");
    }

    // ------------------------------------------------------------------ the period, weekly shifts and its end

    @Test
    void anApprovedHotspotWaitsForItsPeriodThenCreatesTheWeeksShifts() {
        ProcessInstance pi = approved(3, 2.5);

        assertThat(pi).isWaitingAt("waitForPeriodStart");
        Assertions.assertThat(timerJob(pi, "waitForPeriodStart").getDuedate()).isEqualTo(midnight(FROM));
        Assertions.assertThat(executableJobs(pi)).as("not before the period").isZero();
        assertThat(pi).variables().containsEntry("shiftsPerWeek", 3).containsEntry("plannedShiftHours", 2.5)
                .containsEntry("periodLabel", "9.3.2026–29.3.2026").containsEntry("periodEnd", midnight(TO.plusDays(1)));

        startPeriod(pi);
        assertThat(pi).hasPassedInOrder("waitForPeriodStart", "activateHotspot", "periodBegins", "gwWeekSplit")
                .isWaitingAt("presenceShift", "waitOneWeek");
        Assertions.assertThat(calls).contains("activate");
        List<Task> shifts = shifts(pi);
        Assertions.assertThat(shifts).hasSize(3);
        for (Task shift : shifts) {
            assertThat(shift).hasCandidateGroup("forebygger").hasName("Tryghedsskabende tilstedeværelse: Taastrup Station")
                    .isNotAssigned();
            Assertions.assertThat(shift.getDueDate()).isEqualTo(Date.from(midnight(FROM).toInstant().plusSeconds(7 * 24 * 3600)));
            Assertions.assertThat(taskService().getVariableLocal(shift.getId(), "shiftHours")).isNull();
            Assertions.assertThat(taskService().getVariable(shift.getId(), "shiftHours")).as("planned length, prefilled")
                    .isEqualTo(2.5);
        }
        assertCamundaForm(shifts.get(0), "presenceShift");

        // one week later the next week's shifts are created; the first week's open ones stay open
        Assertions.assertThat(timerJob(pi, "waitOneWeek").getDuedate()).isEqualTo(midnight(FROM.plusDays(7)));
        ClockUtil.setCurrentTime(midnight(FROM.plusDays(7)));
        execute(timerJob(pi, "waitOneWeek"));
        assertThat(pi).hasPassed("gwPeriodOver").isWaitingAt("presenceShift", "waitOneWeek");
        Assertions.assertThat(shifts(pi)).hasSize(6);
        Assertions.assertThat(timerJob(pi, "waitOneWeek").getDuedate()).isEqualTo(midnight(FROM.plusDays(14)));
    }

    @Test
    void preventersClaimAndLogTheirShiftsAndAWeekEndsWhenAllAreLogged() {
        ProcessInstance pi = approved(2, 3.0);
        startPeriod(pi);
        List<Task> shifts = shifts(pi);
        claim(shifts.get(0), "forebygger");
        complete(shifts.get(0), withVariables("shiftStart", "2026-03-09T20:00", "shiftEnd", "2026-03-09T23:00",
                "shiftHours", 3.0, "contactCount", 12L, "contacts", "Gruppe på 8 unge ved kiosken",
                "observations", "Rolig stemning", "policePresent", true, "guardsPresent", false));
        assertThat(pi).isWaitingAt("presenceShift").hasNotPassed("weekShiftsDone");
        claim(shifts.get(1), "forebygger2");
        complete(shifts.get(1), withVariables("shiftStart", "2026-03-13T21:00", "shiftEnd", "2026-03-14T00:30",
                "contactCount", 4L, "observations", "Glasskår ved busstoppestedet", "guardsPresent", true));

        assertThat(pi).hasPassed("weekShiftsDone").isWaitingAt("waitOneWeek");
        Assertions.assertThat(shiftsRecorded).hasSize(2);
        Assertions.assertThat(shiftsRecorded.get(0)).containsEntry("assignee", "forebygger").containsEntry("policePresent", true)
                .containsEntry("contacts", "Gruppe på 8 unge ved kiosken").containsEntry("hotspotId", "hotspot-1");
        Assertions.assertThat(shiftsRecorded.get(1)).containsEntry("assignee", "forebygger2").containsEntry("shiftHours", 3.0)
                .containsEntry("policePresent", false).containsEntry("contacts", null);
        // the shift's free text stays with its task: never a process variable
        Assertions.assertThat(runtimeService().getVariables(pi.getId())).doesNotContainKeys("contacts", "observations",
                "shiftStart", "shiftEnd", "shiftHours", "contactCount", "policePresent", "guardsPresent");
    }

    @Test
    void theEndOfThePeriodInterruptsTheOpenShiftsAndTheLeaderEvaluatesAndCloses() {
        ProcessInstance pi = approved(3, 3.0);
        startPeriod(pi);
        claim(shifts(pi).get(0), "forebygger");

        Assertions.assertThat(timerJob(pi, "periodEnded").getDuedate()).isEqualTo(midnight(TO.plusDays(1)));
        // 29 March is the day summer time begins: the last day is 23 hours long
        ClockUtil.setCurrentTime(Date.from(midnight(TO.plusDays(1)).toInstant().minusSeconds(60)));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId("periodEnded")
                .executable().count()).as("not before the last day is over").isZero();
        ClockUtil.setCurrentTime(midnight(TO.plusDays(1)));
        execute(timerJob(pi, "periodEnded"));

        assertThat(pi).hasPassedInOrder("periodEnded", "gwPeriodDone", "endHotspotPeriod").isWaitingAt("evaluateHotspot");
        Assertions.assertThat(shifts(pi)).as("open and claimed shifts end with the period").isEmpty();
        Assertions.assertThat(timerJob(pi, "waitOneWeek")).isNull();
        Task evaluate = task(pi);
        assertThat(evaluate).hasCandidateGroup("leder").hasName("Evaluér hotspot");
        assertCamundaForm(evaluate, "evaluateHotspot");
        // Monday 30 March 2026 + 10 working days, Easter (2, 3 and 6 April) closed: Thursday 16 April
        Assertions.assertThat(evaluate.getDueDate()).isEqualTo(midnight(LocalDate.of(2026, 4, 16)));
        assertThat(pi).variables().containsEntry("periodSummary", "3 vagter, 9,00 timer");

        complete(evaluate, withVariables("policeInput", "Færre anmeldelser", "evaluationNote", "Målet er nået",
                "evaluationDecision", "CLOSE"));
        assertThat(pi).hasPassedInOrder("evaluateHotspot", "gwExtendOrClose", "closeHotspot", "hotspotClosed").isEnded();
        Assertions.assertThat(calls).containsSubsequence("activate", "endPeriod", "evaluation:CLOSE", "close");
    }

    @Test
    void anExtensionStartsANewPeriodWithItsOwnShiftsAndEnd() {
        ProcessInstance pi = approved(2, 3.0);
        startPeriod(pi);
        ClockUtil.setCurrentTime(midnight(TO.plusDays(1)));
        execute(timerJob(pi, "periodEnded"));
        complete(task(pi), withVariables("policeInput", "Stadig uro om fredagen", "evaluationNote", "Fortsæt",
                "evaluationDecision", "EXTEND", "extensionTo", "2026-04-26", "shiftsPerWeek", 4L, "plannedShiftHours", 2L));

        assertThat(pi).hasPassed("gwExtendOrClose").isWaitingAt("waitForPeriodStart");
        assertThat(pi).variables().containsEntry("periodFrom", "2026-03-30").containsEntry("periodTo", "2026-04-26")
                .containsEntry("shiftsPerWeek", 4).containsEntry("plannedShiftHours", 2.0);
        // the new period begins the day the old one ended: the timer is due at once
        Assertions.assertThat(timerJob(pi, "waitForPeriodStart").getDuedate()).isEqualTo(midnight(TO.plusDays(1)));
        Assertions.assertThat(executableJobs(pi)).isEqualTo(1);
        execute(timerJob(pi, "waitForPeriodStart"));

        assertThat(pi).isWaitingAt("presenceShift", "waitOneWeek");
        Assertions.assertThat(shifts(pi)).hasSize(4);
        Assertions.assertThat(timerJob(pi, "periodEnded").getDuedate()).isEqualTo(midnight(LocalDate.of(2026, 4, 27)));
        ClockUtil.setCurrentTime(midnight(LocalDate.of(2026, 4, 27)));
        execute(timerJob(pi, "periodEnded"));
        complete(task(pi), withVariables("policeInput", "Roligt", "evaluationNote", "Afsluttes", "evaluationDecision", "CLOSE"));
        assertThat(pi).isEnded();
        Assertions.assertThat(calls).containsSubsequence("activate", "endPeriod", "evaluation:EXTEND", "activate", "endPeriod",
                "evaluation:CLOSE", "close");
    }

    @Test
    void whenEveryShiftIsLoggedAndTheWeeksRunOutThePeriodEndsWithoutItsTimer() {
        ProcessInstance pi = approved(1, 3.0, FROM, FROM.plusDays(6));
        startPeriod(pi);
        Task only = shifts(pi).get(0);
        claim(only, "forebygger");
        complete(only, withVariables("shiftStart", "2026-03-10T18:00", "shiftEnd", "2026-03-10T21:00", "contactCount", 3L));
        assertThat(pi).hasPassed("weekShiftsDone").isWaitingAt("waitOneWeek");

        // the week's timer and the period's end fall at the same moment; here the week's timer runs first
        ClockUtil.setCurrentTime(midnight(FROM.plusDays(7)));
        execute(timerJob(pi, "waitOneWeek"));

        assertThat(pi).hasPassedInOrder("waitOneWeek", "gwPeriodOver", "noMoreWeeks", "gwPeriodDone", "endHotspotPeriod")
                .hasNotPassed("periodEnded").isWaitingAt("evaluateHotspot");
        Assertions.assertThat(timerJob(pi, "periodEnded")).as("the boundary timer is gone").isNull();
        complete(task(pi), withVariables("policeInput", "Ingen hændelser", "evaluationNote", "Lukkes", "evaluationDecision", "CLOSE"));
        assertThat(pi).isEnded();
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance partnerProposal() {
        return runtimeService().createMessageCorrelation("hotspotProposal")
                .processInstanceBusinessKey("hotspot-1")
                .setVariables(Map.of("hotspotId", "hotspot-1", "areaName", "Taastrup Station", "location", "Taastrup Stationsvej",
                        "proposalReason", "Grupper af unge og uro om aftenen", "timesOfDay", "Fredag og lørdag kl. 20-01",
                        "proposedBy", "Vicepolitiinspektør (demo-politi)"))
                .correlateStartMessage();
    }

    private ProcessInstance approved(int shiftsPerWeek, double shiftHours) {
        return approved(shiftsPerWeek, shiftHours, FROM, TO);
    }

    private ProcessInstance approved(int shiftsPerWeek, double shiftHours, LocalDate from, LocalDate to) {
        ProcessInstance pi = partnerProposal();
        complete(task(pi), withVariables("preparationNote", "Til lokalrådet"));
        complete(task(pi), withVariables("lokalraadDecision", "APPROVED", "periodFrom", from.toString(), "periodTo", to.toString(),
                "shiftsPerWeek", (long) shiftsPerWeek, "plannedShiftHours", shiftHours, "decisionNote", "Godkendt"));
        assertThat(pi).hasPassed("gwApproved").isWaitingAt("waitForPeriodStart");
        return pi;
    }

    private void startPeriod(ProcessInstance pi) {
        ClockUtil.setCurrentTime(midnight(FROM));
        execute(timerJob(pi, "waitForPeriodStart"));
    }

    private List<Task> shifts(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("presenceShift").list();
    }

    private long executableJobs(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).executable().count();
    }

    private static HotspotPlan plan(Object from, Object to, Object shiftsPerWeek, Object shiftHours) {
        return new HotspotPlan(LocalDate.parse((String) from), LocalDate.parse((String) to), ((Number) shiftsPerWeek).intValue(),
                new BigDecimal(shiftHours.toString()));
    }

    private static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }
}
