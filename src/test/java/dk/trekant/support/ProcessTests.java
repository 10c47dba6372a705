package dk.trekant.support;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.formService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** What the process tests of every model share (they run on the engine BpmnAwareTests was given). */
public final class ProcessTests {

    private ProcessTests() {
    }

    /** The task links a Camunda Form from the same deployment, and the engine can serve it. */
    public static void assertCamundaForm(Task task, String formId) {
        Task withForm = taskService().createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
        Assertions.assertThat(withForm.getCamundaFormRef().getKey()).isEqualTo(formId);
        Assertions.assertThat(withForm.getCamundaFormRef().getBinding()).isEqualTo("deployment");
        try (InputStream form = formService().getDeployedTaskForm(task.getId())) {
            Assertions.assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"" + formId + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The timer job of an activity in this instance. */
    public static Job timerJob(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }
}
