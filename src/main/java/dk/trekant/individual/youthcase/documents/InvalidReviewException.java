package dk.trekant.individual.youthcase.documents;

/** A form's input the case file does not accept; names the form field, says why in Danish (Tasklist shows it). */
public class InvalidReviewException extends RuntimeException {

    private final String field;

    public InvalidReviewException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
