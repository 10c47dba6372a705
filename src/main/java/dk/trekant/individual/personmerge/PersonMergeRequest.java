package dk.trekant.individual.personmerge;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import dk.trekant.platform.web.InvalidRequestException;

/**
 * Merge the record {@code mergePersonId} into {@code keepPersonId}. When both have an open youth
 * case, {@code keepCaseNumber} names the one that goes on and {@code closeReason} says why the other
 * is closed; otherwise both must be left out.
 */
@Schema(name = "PersonMerge")
public record PersonMergeRequest(UUID keepPersonId, UUID mergePersonId,
        @Schema(description = "Why the two records are one person (at most 2,000 characters)") String reason,
        @Schema(description = "Only when both have an open youth case: the case number of the one to keep") String keepCaseNumber,
        @Schema(description = "Only when both have an open youth case: why the other is closed (at most 2,000 characters)") String closeReason) {

    static final int MAX_TEXT = 2000;

    /** The rules a request must meet by itself; 400 naming every field that breaks one. */
    void validate() {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        if (keepPersonId == null) {
            errors.add(new InvalidRequestException.FieldError("keepPersonId", "is required"));
        }
        if (mergePersonId == null) {
            errors.add(new InvalidRequestException.FieldError("mergePersonId", "is required"));
        }
        text(errors, "reason", reason, true);
        text(errors, "closeReason", closeReason, false);
        if (keepCaseNumber != null && !keepCaseNumber.matches("KPT-\\d{4}-\\d{5}")) {
            errors.add(new InvalidRequestException.FieldError("keepCaseNumber", "is not a case number (KPT-<year>-<5 digits>)"));
        }
        if ((keepCaseNumber == null) != (closeReason == null)) {
            errors.add(new InvalidRequestException.FieldError(keepCaseNumber == null ? "keepCaseNumber" : "closeReason",
                    "keepCaseNumber and closeReason go together"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void text(List<InvalidRequestException.FieldError> errors, String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new InvalidRequestException.FieldError(field, "is required"));
            }
        } else if (value.isBlank()) {
            errors.add(new InvalidRequestException.FieldError(field, "must not be blank"));
        } else if (value.length() > MAX_TEXT) {
            errors.add(new InvalidRequestException.FieldError(field, "is longer than " + MAX_TEXT + " characters"));
        }
    }
}
