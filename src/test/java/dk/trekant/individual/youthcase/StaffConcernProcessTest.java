package dk.trekant.individual.youthcase;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
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

/** The staff concern's only path: the form is submitted, the concern is registered, the process ends. */
@Deployment(resources = {"processes/individual/staff-concern.bpmn", "processes/individual/staffConcern.form"})
@Tag("process-engine")
class StaffConcernProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
            .assertClassCoverageAtLeast(1.0).build();

    @BeforeEach
    void useTheTestEngine() {
        // a Spring context's engine may live in the same JVM: the assertions must use this one
        BpmnAwareTests.init(extension.getProcessEngine());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theConcernIsRegisteredAndTheProcessCarriesTheCaseNumber() {
        Mocks.register("registerStaffConcern", (JavaDelegate) execution -> {
            execution.setProcessBusinessKey("KPT-2026-00042");
            execution.setVariable("caseNumber", "KPT-2026-00042");
        });
        ProcessInstance instance = runtimeService().startProcessInstanceByKey("staffConcern",
                Map.of("youthFirstName", "Freja", "youthLastName", "Holm", "youthDateOfBirth", "2011-04-03"));
        assertThat(instance).hasPassedInOrder("concernFormSubmitted", "registerStaffConcern", "concernRegistered").isEnded();
        assertThat(instance).variables().containsEntry("caseNumber", "KPT-2026-00042");
    }
}
