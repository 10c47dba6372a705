package dk.trekant.individual.incident;

import java.time.Instant;
import java.util.UUID;

import dk.trekant.individual.adultcase.AdultCase;
import dk.trekant.individual.youthcase.YouthCase;

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

    /**
     * The receipt of something that went to the adult flow: assessed while the person's consent is
     * not yet recorded, {@code ACTION_TAKEN} (COORDINATION) once the person has agreed to the
     * coordination, {@code CANCELLED} when Kriminalforsorgen cancelled the release.
     */
    public static Receipt ofAdult(UUID id, String reference, Instant receivedAt, AdultCase adultCase, boolean cancelled) {
        ReceiptStatus status;
        String action = null;
        if (cancelled) {
            status = ReceiptStatus.CANCELLED;
        } else if (adultCase == null) {
            status = ReceiptStatus.RECEIVED;
        } else if (!adultCase.isOpen()) {
            status = ReceiptStatus.CLOSED;
        } else if ("GIVEN".equals(adultCase.getConsent())) {
            status = ReceiptStatus.ACTION_TAKEN;
            action = "COORDINATION";
        } else {
            status = ReceiptStatus.UNDER_ASSESSMENT;
        }
        return new Receipt(id, reference, status, action, receivedAt);
    }
}
