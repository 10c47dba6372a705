package dk.trekant.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.Temporal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dk.trekant.platform.time.TrekantZone;

/**
 * A date (or a moment, by its Danish date) inside the window that makes sense for its field: an
 * incident not before 2000, a release within five years. Each bound is a date ({@code 2000-01-01})
 * or a period from today ({@code P5Y}, {@code -P1Y}); empty means no bound on that side (the
 * field's {@code @PastOrPresent} or {@code @FutureOrPresent} may give it). Null is valid (say
 * {@code @NotNull} where required).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DateWindow.Validator.class)
public @interface DateWindow {

    String earliest() default "";

    String latest() default "";

    String message() default "is outside the dates this field allows";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DateWindow, Temporal> {

        private String earliest;
        private String latest;

        @Override
        public void initialize(DateWindow window) {
            earliest = window.earliest();
            latest = window.latest();
            bound(earliest); // a wrong bound fails at start, not on a partner's request
            bound(latest);
        }

        @Override
        public boolean isValid(Temporal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate date = value instanceof OffsetDateTime moment ? moment.atZoneSameInstant(TrekantZone.get()).toLocalDate()
                    : LocalDate.from(value);
            LocalDate from = bound(earliest);
            LocalDate to = bound(latest);
            if ((from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String window = from == null ? "on or before " + to : to == null ? "on or after " + from : "between " + from + " and " + to;
            context.buildConstraintViolationWithTemplate("must be " + window).addConstraintViolation();
            return false;
        }

        private LocalDate bound(String bound) {
            if (bound.isEmpty()) {
                return null;
            }
            return bound.startsWith("P") || bound.startsWith("-P") ? LocalDate.now(TrekantZone.get()).plus(Period.parse(bound))
                    : LocalDate.parse(bound);
        }
    }
}
