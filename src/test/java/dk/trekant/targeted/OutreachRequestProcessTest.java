package dk.trekant.targeted;

import static dk.trekant.support.ProcessTests.assertCamundaForm;
import static dk.trekant.support.ProcessTests.timerJob;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
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
 * Every path of the outreach request ({@code outreachRequest}, "Udgående opgave"): a partner's
 * request and a staff member's, staffing, the effort with and without a concern about a youth, and
 * the staffing deadline (acute after a serious incident: hours) escalating to the leader on the
 * engine clock. Delegates and listeners are test doubles that do what the README's contract says;
 * the working-day calendar is the real one. 100 % coverage (flow nodes and sequence flows) asserted.
 */
@Deployment(resources = {
        "processes/targeted/outreach-request.bpmn",
        "processes/targeted/outreachRequestStart.form",
        "processes/targeted/staffOutreachRequest.form",
        "processes/targeted/escalateOutreachStaffing.form",
        "processes/targeted/recordOutreachEffort.form"})
@Tag("process-engine")
class OutreachRequestProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0)
            .build();

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    /** Friday 6 March 2026, 22:00: a serious incident late on a Friday evening. */
    private static final ZonedDateTime FRIDAY_NIGHT = ZonedDateTime.of(LocalDateTime.of(2026, 3, 6, 22, 0), ZONE);

    private final WorkingDayCalendar workdays = new WorkingDayCalendar(ZONE, Set.of(), Clock.systemUTC());
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(extension.getProcessEngine());
        ClockUtil.setCurrentTime(Date.from(FRIDAY_NIGHT.toInstant()));
        Mocks.register("workdays", workdays);
        Mocks.register("registerOutreachRequest", (JavaDelegate) execution -> {
            calls.add("register:" + execution.getVariable("requestedBy"));
            execution.setProcessBusinessKey("UDG-STAFF001");
            execution.setVariables(requestVariables("INSTITUTION_OUTREACH", false, at(2026, 3, 13, 22)));
        });
        Mocks.register("recordOutreachStaffing", (TaskListener) task -> {
            calls.add("staffed:" + task.getAssignee());
            task.setVariable("staffedBy", task.getAssignee());
        });
        Mocks.register("recordOutreachEffort", (TaskListener) task -> calls.add("effort:" + task.getVariable("hours")));
        Mocks.register("raiseOutreachConcern", (JavaDelegate) execution -> {
            calls.add("concern:" + execution.getVariable("concernFirstName"));
            execution.setVariable("concernCaseNumber", "KPT-2026-00077");
            execution.removeVariables(YouthConcern.variableNames("concern"));
        });
        Mocks.register("purgeConcernDetails", (JavaDelegate) execution -> calls.add("purge"));
        Mocks.register("closeOutreachRequest", (JavaDelegate) execution -> calls.add("close"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    static Map<String, Object> requestVariables(String kind, boolean acute, Date staffingDue) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("outreachRequestId", "6f1c2c1e-0000-4000-8000-000000000001");
        variables.put("outreachKind", kind);
        variables.put("outreachKindLabel", kind);
        variables.put("place", "Taastrup Hovedgade 10");
        variables.put("requestDescription", "Personalet er utrygt ved grupper om aftenen");
        variables.put("requestedBy", "demo-arbejdsplads");
        variables.put("acute", acute);
        variables.put("staffingDue", staffingDue);
        variables.put("withPoliceWanted", false);
        return variables;
    }

    static ProcessInstance fromPartner(String businessKey, Map<String, Object> variables) {
        return runtimeService().createMessageCorrelation("outreachRequest").processInstanceBusinessKey(businessKey)
                .setVariables(variables).correlateStartMessage();
    }

    static Date at(int year, int month, int day, int hour) {
        return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, 0), ZONE).toInstant());
    }

    // ------------------------------------------------------------------ a partner's request, no concern

    @Test
    void aWorkplaceVisitIsStaffedRecordedAndClosed() {
        Date due = at(2026, 3, 13, 22);
        ProcessInstance pi = fromPartner("UDG-0000WORK", requestVariables("WORKPLACE_VISIT", false, due));
        assertThat(pi).hasPassed("startFromPartner", "joinStarts").isWaitingAt("staffRequest");
        Task staff = task(pi);
        assertThat(staff).hasName("Bemand opgave").hasCandidateGroup("forebygger").hasDueDate(due);
        assertCamundaForm(staff, "staffOutreachRequest");

        claim(staff, "forebygger");
        complete(staff, withVariables("plannedDate", "2026-03-10", "staffingNote", "Aftalt med butikschefen"));
        Task effort = task(pi);
        assertThat(effort).hasDefinitionKey("recordEffort").hasName("Registrér indsats").isAssignedTo("forebygger");
        assertCamundaForm(effort, "recordOutreachEffort");

        complete(effort, withVariables("workDate", "2026-03-10", "hours", 2.5, "withPolice", false, "contacts", 6L,
                "effortNotes", "Roligt; talte med personalet", "followUpNeeded", false));
        assertThat(pi).hasPassedInOrder("staffRequest", "recordEffort", "followUpNeededGateway", "joinFollowUp",
                "closeOutreachRequest", "requestCompleted").isEnded();
        assertThat(pi).hasNotPassed("raiseOutreachConcern", "purgeConcernDetails", "escalateStaffing", "registerOutreachRequest");
        Assertions.assertThat(calls).containsExactly("staffed:forebygger", "effort:2.5", "close");
    }

    // ------------------------------------------------------------------ staff start form, with a concern

    @Test
    void aPreventerStartsARequestInTasklistAndRaisesAConcernAboutAYouth() throws Exception {
        String definitionId = repositoryService().createProcessDefinitionQuery().processDefinitionKey("outreachRequest")
                .singleResult().getId();
        try (InputStream form = formService().getDeployedStartForm(definitionId)) {
            Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"outreachRequestStart\"");
        }
        ProcessInstance pi = formService().submitStartForm(definitionId, Map.of("outreachKind", "INSTITUTION_OUTREACH",
                "place", "Klub Taastrup", "requestDescription", "Opsøgende arbejde sammen med politiet"));
        assertThat(pi).hasPassedInOrder("startByStaff", "registerOutreachRequest", "joinStarts").isWaitingAt("staffRequest");
        assertThat(pi).hasBusinessKey("UDG-STAFF001");
        assertThat(pi).hasNotPassed("startFromPartner");

        Task staff = task(pi);
        claim(staff, "jonas");
        complete(staff, withVariables("plannedDate", "2026-03-09"));
        Task effort = task(pi);
        assertThat(effort).isAssignedTo("jonas");
        complete(effort, withVariables("workDate", "2026-03-09", "hours", 3, "withPolice", true, "followUpNeeded", true,
                "concernFirstName", "Freja", "concernLastName", "Holm", "concernDateOfBirth", "2011-04-03",
                "concernText", "Ses med ældre unge sent om aftenen"));

        assertThat(pi).hasPassedInOrder("recordEffort", "followUpNeededGateway", "raiseOutreachConcern").isWaitingAt("purgeConcernDetails");
        assertThat(pi).variables().containsEntry("concernCaseNumber", "KPT-2026-00077")
                .doesNotContainKeys("concernFirstName", "concernLastName", "concernDateOfBirth", "concernText");
        execute(job(pi));
        assertThat(pi).hasPassedInOrder("purgeConcernDetails", "joinFollowUp", "closeOutreachRequest", "requestCompleted").isEnded();
        Assertions.assertThat(calls).containsExactly("register:null", "staffed:jonas", "effort:3", "concern:Freja", "purge", "close");
    }

    // ------------------------------------------------------------------ the staffing deadline

    @Test
    void anAcuteRequestNotStaffedWithinTheHoursEscalatesToTheLeader() {
        Date due = Date.from(FRIDAY_NIGHT.plusHours(4).toInstant());
        ProcessInstance pi = fromPartner("UDG-0000ACUT", requestVariables("SERIOUS_INCIDENT_PRESENCE", true, due));
        assertThat(task(pi)).hasDueDate(due);
        Job deadline = timerJob(pi, "staffingOverdue");
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(due);

        ClockUtil.setCurrentTime(Date.from(FRIDAY_NIGHT.plusHours(3).plusMinutes(59).toInstant()));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("not due before the deadline").isZero();
        ClockUtil.setCurrentTime(due);
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isEqualTo(1);
        execute(deadline);

        Task escalation = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("escalateStaffing").singleResult();
        assertThat(escalation).hasName("Eskaleret: opgave ikke bemandet").hasCandidateGroup("leder")
                .hasDueDate(Date.from(due.toInstant().plus(Duration.ofHours(2))));
        assertCamundaForm(escalation, "escalateOutreachStaffing");
        assertThat(pi).isWaitingAt("staffRequest", "escalateStaffing");

        complete(escalation, withVariables("escalationNote", "Jonas tager den"));
        assertThat(pi).hasPassed("escalationHandled").isWaitingAt("staffRequest");

        Task staff = task(pi);
        claim(staff, "forebygger");
        complete(staff, withVariables("plannedDate", "2026-03-07"));
        complete(task(pi), withVariables("workDate", "2026-03-07", "hours", 4, "followUpNeeded", false));
        assertThat(pi).hasPassed("closeOutreachRequest", "requestCompleted").isEnded();
    }

    @Test
    void aRequestThatIsNotAcuteEscalatesAfterItsWorkingDaysWithAWorkingDayForTheLeader() {
        Date due = workdays.after(Date.from(FRIDAY_NIGHT.toInstant()), 5);
        ProcessInstance pi = fromPartner("UDG-0000SLOW", requestVariables("WORKPLACE_VISIT", false, due));
        Assertions.assertThat(due).isEqualTo(at(2026, 3, 13, 22));
        ClockUtil.setCurrentTime(due);
        execute(timerJob(pi, "staffingOverdue"));
        Task escalation = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("escalateStaffing").singleResult();
        // Friday 13 March 22:00 + 1 working day = Monday 16 March 22:00
        assertThat(escalation).hasDueDate(at(2026, 3, 16, 22));
        assertThat(pi).isWaitingAt("staffRequest", "escalateStaffing");
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("staffRequest").singleResult())
                .as("still waiting to be staffed").isNotNull();
    }
}
