package dk.trekant.individual.adultcase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.FutureOrPresent;

import dk.trekant.platform.web.DateWindow;
import dk.trekant.platform.web.InvalidRequestException.FieldError;
import dk.trekant.platform.web.InvalidRequestException;

/**
 * A change to a release notice, sent with the same reference: a new expected release date, or the
 * cancellation of the release (with a reason). Exactly one of the two.
 */
public record ReleaseUpdate(@FutureOrPresent @DateWindow(latest = "P5Y") LocalDate expectedReleaseDate, Boolean cancelled,
        CancellationReason cancellationReason) {

    boolean isCancellation() {
        return Boolean.TRUE.equals(cancelled);
    }

    /** The rules that span fields; each broken one names its field. */
    void check() {
        List<FieldError> errors = new ArrayList<>();
        if (isCancellation()) {
            if (expectedReleaseDate != null) {
                errors.add(new FieldError("expectedReleaseDate", "must be left out when the release is cancelled"));
            }
            if (cancellationReason == null) {
                errors.add(new FieldError("cancellationReason", "must be given when the release is cancelled"));
            }
        } else {
            if (expectedReleaseDate == null) {
                errors.add(new FieldError("expectedReleaseDate", "must be given (or cancel the release with \"cancelled\": true)"));
            }
            if (cancellationReason != null) {
                errors.add(new FieldError("cancellationReason", "is only for a cancellation (\"cancelled\": true)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
