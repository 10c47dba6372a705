package dk.trekant.individual.person;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import dk.trekant.privacy.Cpr;

/** A CPR number with a real date of birth (DDMMYY-SSSS or ten digits). The rejected value is never echoed. */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCpr.Validator.class)
public @interface ValidCpr {

    String message() default "is not a valid CPR number (DDMMYY-SSSS with a real date)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCpr, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Cpr.parse(value).isPresent();
        }
    }
}
