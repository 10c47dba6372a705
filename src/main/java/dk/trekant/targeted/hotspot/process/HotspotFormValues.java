package dk.trekant.targeted.hotspot.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.delegate.DelegateTask;

import dk.trekant.platform.time.TrekantZone;
import dk.trekant.targeted.hotspot.HotspotPlan;

/**
 * Reads what Tasklist's forms submit (dates as {@code yyyy-MM-dd}, moments as
 * {@code yyyy-MM-ddTHH:mm} with or without an offset, numbers as Long or Double) into Java values,
 * with Danish messages for a person to correct.
 */
final class HotspotFormValues {

    private HotspotFormValues() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static LocalDate date(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(TrekantZone.get()).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(label + " kan ikke læses som en dato.");
        }
    }

    static Instant moment(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(label + " mangler.");
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(TrekantZone.get()).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(label + " kan ikke læses som dato og klokkeslæt.");
            }
        }
    }

    static Number number(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number) {
            return number;
        }
        try {
            return new BigDecimal(value.toString().trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(label + " skal være et tal.");
        }
    }

    static Boolean yes(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean yes ? yes : value != null && Boolean.parseBoolean(value.toString());
    }

    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(TrekantZone.get()).toInstant());
    }

    /** The task's assignee, else the user completing it. */
    static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        var current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** {@code 1.12.2026–28.2.2027}, as Danes write a period. */
    static String periodLabel(HotspotPlan plan) {
        return plan.from().getDayOfMonth() + "." + plan.from().getMonthValue() + "." + plan.from().getYear() + "–"
                + plan.to().getDayOfMonth() + "." + plan.to().getMonthValue() + "." + plan.to().getYear();
    }
}
