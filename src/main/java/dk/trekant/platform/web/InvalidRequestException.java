package dk.trekant.platform.web;

import java.util.List;

/** Input that is well-formed but breaks a rule; answered as 400 problem+json naming the fields. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidRequestException(List<FieldError> errors) {
        super("Invalid request: " + errors.stream().map(FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One offending field and what is wrong with it (never the rejected value: it may be personal data). */
    public record FieldError(String field, String message) {
    }
}
