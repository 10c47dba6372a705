package dk.trekant.individual.adultcase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * When "Vurdér voksenhenvendelse" is completed: the person's consent and the areas to coordinate
 * are written into the case. Tasklist submits the form's checklist as a Json variable; the
 * multi-instance coordination needs a list, so {@code areas} is left as a {@code List<String>}.
 */
@Component("recordAdultAssessment")
class RecordAdultAssessmentListener implements TaskListener {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AdultCaseFileService caseFile;

    RecordAdultAssessmentListener(AdultCaseFileService caseFile) {
        this.caseFile = caseFile;
    }

    @Override
    public void notify(DelegateTask task) {
        String consent = (String) task.getVariable(AdultCaseVariables.CONSENT);
        List<String> areas = "GIVEN".equals(consent) ? areas(task.getVariable(AdultCaseVariables.AREAS)) : new ArrayList<>();
        caseFile.recordAssessment(UUID.fromString((String) task.getVariable(AdultCaseVariables.CASE_ID)), consent, areas,
                task.getAssignee());
        task.getExecution().setVariable(AdultCaseVariables.AREAS, areas);
    }

    /** The areas as a list, whether they came as a list, a Json value (its text is a JSON array) or nothing. */
    static List<String> areas(Object value) {
        List<String> areas = new ArrayList<>();
        if (value == null) {
            return areas;
        }
        if (value instanceof Collection<?> collection) {
            collection.forEach(each -> areas.add(String.valueOf(each)));
            return areas;
        }
        try {
            JsonNode node = JSON.readTree(value.toString());
            if (!node.isArray()) {
                throw new IllegalArgumentException("areas must be a list");
            }
            node.forEach(each -> areas.add(each.asText()));
            return areas;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("areas must be a list", e);
        }
    }
}
