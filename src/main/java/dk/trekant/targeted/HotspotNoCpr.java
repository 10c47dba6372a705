package dk.trekant.targeted;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.trekant.privacy.Cpr;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Free text about a hotspot (a proposal's reason, a shift's contacts and observations) holds no
 * CPR number: a hotspot is about a place, and Trekant keeps CPR numbers only encrypted, with the youth.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HotspotNoCpr.Validator.class)
@interface HotspotNoCpr {

    String message() default "must not contain a CPR number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<HotspotNoCpr, String> {

        private static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)\\d{6}-?\\d{4}(?!\\d)");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return !mentionsCpr(value);
        }

        /** Whether the text holds ten digits (a dash after six allowed) that make a CPR number with a real date. */
        static boolean mentionsCpr(String text) {
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
