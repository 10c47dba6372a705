package dk.trekant.targeted;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the proposer of a hotspot may know: where it stands, the approved period (from
 * APPROVED on) or the lokalråd's reason for a rejection. Nothing of the shifts.
 */
public record HotspotReceipt(UUID id, String reference, HotspotStatus status, Instant receivedAt, LocalDate periodFrom,
        LocalDate periodTo, String rejectionReason) {

    static HotspotReceipt of(Hotspot hotspot) {
        return new HotspotReceipt(hotspot.getId(), hotspot.getPartnerReference(), hotspot.getStatus(),
                hotspot.getProposedAt(), hotspot.getPeriodFrom(), hotspot.getPeriodTo(), hotspot.getRejectionReason());
    }
}
