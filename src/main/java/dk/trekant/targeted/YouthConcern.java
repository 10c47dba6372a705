package dk.trekant.targeted;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import dk.trekant.platform.web.PlainText;

/**
 * A concern about a youth raised by staff during outreach or at a joint prevention meeting: name,
 * date of birth, school and what the concern is. No CPR number: the youth case finds the youth by
 * name and date of birth. Read from the form variables {@code <prefix>FirstName},
 * {@code <prefix>LastName}, {@code <prefix>DateOfBirth}, {@code <prefix>School}, {@code <prefix>Text}.
 */
public record YouthConcern(String firstName, String lastName, LocalDate dateOfBirth, String school, String text) {

    static final List<String> FIELDS = List.of("FirstName", "LastName", "DateOfBirth", "School", "Text");

    /** The variables that hold a concern's personal data: removed as soon as the concern is handed on. */
    public static List<String> variableNames(String prefix) {
        return FIELDS.stream().map(field -> prefix + field).toList();
    }

    /** Whether a variable name is one of a concern's fields (any prefix {@code concern}, {@code concern1} ...). */
    public static boolean isConcernVariable(String name) {
        return name.matches("concern\\d*(FirstName|LastName|DateOfBirth|School|Text)");
    }

    /**
     * Reads and checks one concern. {@code label} names it in the error ("Ung nr. 2"), which the staff
     * member sees in Tasklist; the message never repeats what was typed.
     */
    public static YouthConcern read(VariableScope scope, String prefix, String label, LocalDate today) {
        List<String> problems = new ArrayList<>();
        String firstName = text(scope, prefix + "FirstName", 100, "fornavn", problems);
        String lastName = text(scope, prefix + "LastName", 100, "efternavn", problems);
        String school = optionalText(scope, prefix + "School", 200, "skole", problems);
        String concern = text(scope, prefix + "Text", 4000, "bekymringen", problems);
        LocalDate born = null;
        Object value = scope.getVariable(prefix + "DateOfBirth");
        if (value == null || value.toString().isBlank()) {
            problems.add("fødselsdato mangler");
        } else {
            try {
                String raw = value.toString().trim();
                born = LocalDate.parse(raw.substring(0, Math.min(10, raw.length())));
                if (born.isAfter(today)) {
                    problems.add("fødselsdatoen ligger i fremtiden");
                }
            } catch (DateTimeParseException e) {
                problems.add("fødselsdatoen kan ikke læses");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(label + ": " + String.join(", ", problems) + ".");
        }
        return new YouthConcern(firstName, lastName, born, school, concern);
    }

    private static String text(VariableScope scope, String name, int max, String label, List<String> problems) {
        String value = optionalText(scope, name, max, label, problems);
        if (value == null) {
            problems.add(label + " mangler");
        }
        return value;
    }

    private static String optionalText(VariableScope scope, String name, int max, String label, List<String> problems) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > max) {
            problems.add(label + " er for lang (højst " + max + " tegn)");
        } else if (!PlainText.Validator.isPlain(text)) {
            problems.add(label + " indeholder kontroltegn");
        }
        return text;
    }

    @Override
    public String toString() {
        return "YouthConcern[***]";
    }
}
