package dk.trekant.privacy;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text holds no CPR number: an incident's description, a hotspot's reason, a teaching note.
 * Trekant keeps CPR numbers only encrypted, with the person, and only in the field meant for one;
 * one found in free text would be stored, shown and exported in the clear. Every free-text field of
 * the partner API carries this check, and so do the hotspot's staff forms.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoCpr.Validator.class)
public @interface NoCpr {

    String message() default "must not contain a CPR number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    public static class Validator implements ConstraintValidator<NoCpr, String> {

        private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !mentionsCpr(value);
        }

        /** Whether the text holds ten digits (a dash after six allowed) that make a CPR number with a real date. */
        public static boolean mentionsCpr(String text) {
            if (text == null) {
                return false;
            }
            Matcher candidate = CANDIDATE.matcher(text);
            while (candidate.find()) {
                if (Cpr.parse(candidate.group()).isPresent()) {
                    return true;
                }
            }
            return false;
        }
    }
}
