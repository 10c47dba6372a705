package dk.trekant.targeted;

import java.time.Instant;
import java.util.UUID;

/** What a partner gets back for an outreach request, and later reads its status from: no content, no names. */
public record OutreachReceipt(UUID id, String reference, OutreachStatus status, Instant receivedAt) {

    static OutreachReceipt of(OutreachRequest request) {
        return new OutreachReceipt(request.getId(), request.getPartnerReference(), request.getStatus(), request.getReceivedAt());
    }
}
