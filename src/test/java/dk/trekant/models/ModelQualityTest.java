package dk.trekant.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Cockpit, Tasklist and Modeler draw what the diagram layout says: no model goes without it. */
class ModelQualityTest {

    @Test
    void everyBpmnModelHasLayoutAndTimeToLive() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path model : ModelChecks.models(".bpmn")) {
            problems.addAll(ModelChecks.bpmnProblems(model));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyDecisionHasLayoutAndTimeToLive() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path model : ModelChecks.models(".dmn")) {
            problems.addAll(ModelChecks.dmnProblems(model));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesAModelWithoutLayoutOrTimeToLive() {
        List<String> problems = ModelChecks.bpmnProblems(Path.of("src/test/resources/model-fixtures/without-layout.bpmn"));
        assertThat(problems).containsExactlyInAnyOrder(
                "src/test/resources/model-fixtures/without-layout.bpmn: flow node 'task' has no diagram shape",
                "src/test/resources/model-fixtures/without-layout.bpmn: flow node 'end' has no diagram shape",
                "src/test/resources/model-fixtures/without-layout.bpmn: sequence flow 'toTask' has no diagram edge",
                "src/test/resources/model-fixtures/without-layout.bpmn: sequence flow 'toEnd' has no diagram edge",
                "src/test/resources/model-fixtures/without-layout.bpmn: process 'withoutLayout' has no camunda:historyTimeToLive");
    }
}
