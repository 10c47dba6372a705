package dk.trekant.general;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import dk.trekant.platform.web.InvalidRequestException;

/**
 * "Registrér undervisningsønske": a request a consultant entered in Tasklist (start form
 * {@code teachingRequestStart}) becomes a course; the process then carries its id as business key.
 */
@Component("registerTeachingRequest")
class RegisterTeachingRequestDelegate implements JavaDelegate {

    private static final Map<String, String> LABELS = Map.of("topic", "Emne", "wishedFrom", "Ønsket periode fra",
            "wishedTo", "Ønsket periode til", "grade", "Klassetrin", "classes", "Antal klasser", "pupils", "Antal elever");

    private final TeachingService teaching;

    RegisterTeachingRequestDelegate(TeachingService teaching) {
        this.teaching = teaching;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TeachingRequest.Wish wish = new TeachingRequest.Wish(
                TaskValues.requiredText(execution.getVariable(TeachingVariables.SCHOOL_NAME), "Skole", 200),
                TaskValues.whole(execution.getVariable(TeachingVariables.GRADE), "Klassetrin", 0, 10),
                TaskValues.whole(execution.getVariable(TeachingVariables.CLASSES), "Antal klasser", 1, 50),
                TaskValues.whole(execution.getVariable(TeachingVariables.PUPILS), "Antal elever", 1, 2000),
                TaskValues.requiredText(execution.getVariable(TeachingVariables.TOPIC), "Emne", 40),
                date(execution.getVariable(TeachingVariables.WISHED_FROM), "Ønsket periode fra"),
                date(execution.getVariable(TeachingVariables.WISHED_TO), "Ønsket periode til"),
                TaskValues.text(execution.getVariable(TeachingVariables.REQUEST_NOTE), "Bemærkninger", 2000));
        Map<String, Object> variables;
        try {
            variables = teaching.registerFromStaff((String) execution.getVariable(TeachingVariables.REQUESTED_BY), wish,
                    execution.getProcessInstanceId());
        } catch (InvalidRequestException invalid) {
            throw new IllegalArgumentException("Ret disse felter: " + invalid.errors().stream()
                    .map(error -> LABELS.getOrDefault(error.field(), error.field()))
                    .collect(Collectors.joining(", ")) + ".");
        }
        execution.setVariables(variables);
        execution.setProcessBusinessKey((String) variables.get(TeachingVariables.REQUEST_ID));
    }

    private static LocalDate date(Object value, String label) {
        String text = TaskValues.requiredText(value, label, 40);
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " kan ikke læses.");
        }
    }
}
