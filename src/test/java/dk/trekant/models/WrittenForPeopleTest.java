package dk.trekant.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.platform.labels.DanishLabels;

/**
 * Task descriptions and forms are written for the person doing the task (issue 19): every user task
 * has a description that says what to do, with no variable names or configuration keys in it; and
 * no form shows a code as text: coded fields are selects whose options are {@link DanishLabels}'
 * labels, in the same order.
 */
class WrittenForPeopleTest {

    private static final Path PROCESSES = Path.of("processes");
    /** camelCase identifiers, configuration keys and expressions: what a developer writes, not a staff member. */
    private static final Pattern DEVELOPER_TEXT = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\btrekant\\.[a-z.-]+|\\$\\{|\\b[A-Z]{2,}_[A-Z_]+\\b|\\bclaim\\b|\\bmulti-instance\\b");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyUserTaskHasADescriptionForThePersonWithNoVariableNames() throws IOException {
        List<String> problems = new ArrayList<>();
        int tasks = 0;
        for (Path model : files(".bpmn")) {
            BpmnModelInstance instance;
            try (InputStream in = Files.newInputStream(model)) {
                instance = Bpmn.readModelFromStream(in);
            }
            for (UserTask task : instance.getModelElementsByType(UserTask.class)) {
                tasks++;
                String text = task.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("").trim();
                String where = model.getFileName() + "#" + task.getId();
                if (text.length() < 60) {
                    problems.add(where + ": no description that says what to do");
                } else if (DEVELOPER_TEXT.matcher(text).find()) {
                    problems.add(where + ": developer text in \"" + text + "\"");
                }
            }
        }
        assertThat(tasks).isGreaterThan(25);
        assertThat(problems).isEmpty();
    }

    @Test
    void formsShowCodesOnlyThroughTheirDanishLabels() throws IOException {
        List<String> problems = new ArrayList<>();
        int coded = 0;
        for (Path form : files(".form")) {
            List<JsonNode> fields = new ArrayList<>();
            collect(json.readTree(form.toFile()), fields);
            for (JsonNode field : fields) {
                DanishLabels.Kind kind = DanishLabels.FORM_FIELDS.get(field.path("key").asText());
                if (kind == null) {
                    continue;
                }
                coded++;
                String where = form.getFileName() + "#" + field.path("key").asText();
                String type = field.path("type").asText();
                if (type.equals("textfield") || type.equals("textarea")) {
                    problems.add(where + ": shows the code as text");
                    continue;
                }
                Map<String, String> options = new LinkedHashMap<>();
                field.path("values").forEach(option -> options.put(option.path("value").asText(), option.path("label").asText()));
                if (!new ArrayList<>(options.entrySet()).equals(new ArrayList<>(DanishLabels.labels(kind).entrySet()))) {
                    problems.add(where + ": options " + options + " are not DanishLabels' " + DanishLabels.labels(kind));
                }
            }
        }
        assertThat(coded).as("coded fields in the forms").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    @Test
    void labelsReadAsStaffSayThem() {
        assertThat(DanishLabels.label(DanishLabels.Kind.LEVEL, "INDIVIDUEL")).isEqualTo("Individuel");
        assertThat(DanishLabels.label(DanishLabels.Kind.URGENCY, "NORMAL")).isEqualTo("Normal");
        assertThat(DanishLabels.label(DanishLabels.Kind.OFFENCE_CATEGORY, "VOLD")).isEqualTo("Vold");
        assertThat(DanishLabels.label(DanishLabels.Kind.YOUTH_ROLE, "MISTAENKT")).isEqualTo("Mistænkt");
        assertThat(DanishLabels.label(DanishLabels.Kind.RELEASE_REASON, "PROEVELOESLADELSE")).isEqualTo("Prøveløsladelse");
        assertThat(DanishLabels.label(DanishLabels.Kind.LEVEL, "UKENDT")).as("an unknown code stays visible").isEqualTo("UKENDT");
        assertThat(DanishLabels.label(DanishLabels.Kind.LEVEL, null)).isEmpty();
    }

    private static void collect(JsonNode node, List<JsonNode> fields) {
        node.path("components").forEach(component -> {
            fields.add(component);
            collect(component, fields);
        });
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(PROCESSES)) {
            return walk.filter(path -> path.toString().endsWith(suffix) && !path.toString().contains("node_modules")).sorted()
                    .toList();
        }
    }
}
