package dk.trekant.intake;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import dk.trekant.support.ProcessTests;

/**
 * "Henvendelse kunne ikke fordeles": the leader's task for an accepted partner item whose routing failed every
 * attempt; completing it ("Prøv igen") puts the item back in the routing queue.
 */
@Deployment(resources = {"processes/intake/intake-failure.bpmn", "processes/intake/intakeFailure.form"})
@Tag("process-engine")
class IntakeFailureProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    final List<String> retried = new ArrayList<>();

    @BeforeEach
    void useTheTestEngine() {
        BpmnAwareTests.init(extension.getProcessEngine());
        Mocks.register("workdays", new WorkingDayCalendar(ZoneId.of("Europe/Copenhagen"), Set.of(), Clock.systemUTC()));
        Mocks.register("retryIntakeRouting", (TaskListener) task -> retried.add(task.getAssignee() + " " + task.getVariable("itemId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theLeaderRetriesOnceTheFaultIsMended() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("intakeFailure", "a1b2", Map.of(
                "itemId", "a1b2", "intakeKind", "INCIDENT", "failureReason", "Sagens proces kunne ikke startes eller fortsættes.",
                "routingAttempts", 10, "intakeSource", "§115-underretning fra politiet", "intakeReceivedAt", "5. december 2026 kl. 14:30"));
        assertThat(instance).isWaitingAt("resolveIntakeFailure");
        assertThat(task()).hasCandidateGroup("leder").hasName("Henvendelse kunne ikke fordeles");
        ProcessTests.assertCamundaForm(task(), "intakeFailure");
        BpmnAwareTests.taskService().claim(task().getId(), "leder");
        complete(task(), Map.of("retryConfirmed", true));
        assertThat(instance).hasPassedInOrder("routingGaveUp", "resolveIntakeFailure", "sentForRouting").isEnded();
        org.assertj.core.api.Assertions.assertThat(retried).containsExactly("leder a1b2");
    }
}
