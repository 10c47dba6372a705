package dk.trekant.intake;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * What storing a partner's submission gave: its receipt, and whether the same (partner, reference)
 * had been received before. The one answer of every intake: 201 with the receipt and its address the
 * first time, 200 with the same receipt for a resend (nothing new stored).
 */
public record Submission(Receipt receipt, boolean duplicate) {

    /** The answer, for a submission whose status is read at {@code collection + "/" + id}. */
    public ResponseEntity<Receipt> answer(String collection) {
        if (duplicate) {
            return ResponseEntity.ok(receipt);
        }
        return ResponseEntity.created(URI.create(collection + "/" + receipt.id())).body(receipt);
    }
}
