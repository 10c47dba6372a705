package dk.trekant.individual;

import java.time.Instant;
import java.util.UUID;

/** The receipt a partner gets for a notification or concern, and later reads its status from. */
public record Receipt(UUID id, String reference, ReceiptStatus status, String action, Instant receivedAt) {

    static Receipt of(Incident incident, YouthCase youthCase) {
        if (youthCase == null) {
            return new Receipt(incident.getId(), incident.getPartnerReference(), ReceiptStatus.RECEIVED, null,
                    incident.getReceivedAt());
        }
        ReceiptStatus status;
        String action = null;
        if (!youthCase.isOpen()) {
            status = ReceiptStatus.CLOSED;
        } else if (youthCase.getDecision() != null) {
            status = ReceiptStatus.ACTION_TAKEN;
            action = youthCase.getDecision();
        } else if (youthCase.getProposedLevel() != null) {
            status = ReceiptStatus.UNDER_ASSESSMENT;
        } else {
            status = ReceiptStatus.RECEIVED;
        }
        return new Receipt(incident.getId(), incident.getPartnerReference(), status, action, incident.getReceivedAt());
    }
}
