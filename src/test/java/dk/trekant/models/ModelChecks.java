package dk.trekant.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/** What every model in {@code processes/} must have: diagram layout for every element, and a history time-to-live. */
final class ModelChecks {

    static final Path PROCESSES = Path.of("processes");

    private ModelChecks() {
    }

    static List<Path> models(String extension) throws IOException {
        if (!Files.isDirectory(PROCESSES)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            return files.filter(file -> file.toString().endsWith(extension))
                    .filter(file -> !file.toString().contains("node_modules"))
                    .sorted().toList();
        }
    }

    static List<String> bpmnProblems(Path file) {
        List<String> problems = new ArrayList<>();
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getDiagramElement() == null) {
                problems.add(file + ": flow node '" + node.getId() + "' has no diagram shape");
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getDiagramElement() == null) {
                problems.add(file + ": sequence flow '" + flow.getId() + "' has no diagram edge");
            }
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable() && process.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(file + ": process '" + process.getId() + "' has no camunda:historyTimeToLive");
            }
        }
        return problems;
    }

    static List<String> dmnProblems(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
        String xml = Files.readString(file);
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (decision.getCamundaHistoryTimeToLiveString() == null) {
                problems.add(file + ": decision '" + decision.getId() + "' has no camunda:historyTimeToLive");
            }
            if (!xml.matches("(?s).*dmnElementRef=\"" + decision.getId() + "\".*")) {
                problems.add(file + ": decision '" + decision.getId() + "' has no diagram shape (DMNDI)");
            }
        }
        return problems;
    }
}
