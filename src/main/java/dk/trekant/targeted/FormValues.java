package dk.trekant.targeted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import dk.trekant.platform.time.TrekantZone;
import dk.trekant.platform.web.PlainText;

/**
 * Reads what a Camunda Form submitted. A form that Tasklist checked may still come by engine-rest
 * unchecked, so each value is checked again; the messages (Danish, shown in Tasklist) name the
 * field and never repeat its value.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String text(VariableScope scope, String name, int max, String label) {
        String value = optionalText(scope, name, max, label);
        if (value == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        return value;
    }

    public static String optionalText(VariableScope scope, String name, int max, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        if (text.length() > max) {
            throw new IllegalArgumentException(label + " er for lang (højst " + max + " tegn).");
        }
        if (!PlainText.Validator.isPlain(text)) {
            throw new IllegalArgumentException(label + " indeholder kontroltegn.");
        }
        return text;
    }

    /** A date from a date field ({@code 2026-11-30}, or the date part of a date and time). */
    public static LocalDate optionalDate(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(TrekantZone.get()).toLocalDate();
        }
        String raw = value.toString().trim();
        try {
            return LocalDate.parse(raw.substring(0, Math.min(10, raw.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " kan ikke læses.");
        }
    }

    public static LocalDate date(VariableScope scope, String name, String label) {
        LocalDate value = optionalDate(scope, name, label);
        if (value == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        return value;
    }

    /** Hours: more than 0 and at most 24 (the hour log's limit), in quarter hours or finer. */
    public static BigDecimal hours(VariableScope scope, String name, String label) {
        BigDecimal hours = number(scope, name, label);
        if (hours == null) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException(label + " skal være mere end 0 og højst 24.");
        }
        return hours;
    }

    static BigDecimal number(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " skal være et tal.");
        }
    }

    /** A whole number from 0 to {@code max}; null when not given. */
    public static Integer count(VariableScope scope, String name, int max, String label) {
        BigDecimal value = number(scope, name, label);
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0 || value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(label + " skal være et helt tal fra 0 til " + max + ".");
        }
        return value.intValue();
    }

    public static boolean yes(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    /** Who completed the task: its assignee, else the logged-in user (a task completed by engine-rest unclaimed). */
    public static String staffUser(DelegateTask task, IdentityService identityService) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var authentication = identityService.getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        throw new IllegalStateException("Opgaven skal være tildelt en medarbejder, før den afsluttes.");
    }
}
