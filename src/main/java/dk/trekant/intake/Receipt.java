package dk.trekant.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one receipt (kvittering) a partner gets for anything it sends — a §115 notification, a concern, a
 * release notice, a hotspot proposal, an outreach request, a teaching request — and reads its status from
 * later. It says where the submission stands, never what the case contains. The first answer (201) and
 * every later one (200 for a resend, the status read) are the same bytes while nothing has changed:
 * {@code receivedAt} is the stored moment.
 *
 * @param id              Trekant's id of what was sent
 * @param reference       the partner's own reference (idempotency key)
 * @param status          where it stands, in the one vocabulary of {@link ReceiptStatus}
 * @param action          the kind of action decided, when {@code ACTION_TAKEN} (§115, concerns, release notices)
 * @param receivedAt      when Trekant first received it (UTC, milliseconds)
 * @param periodFrom      a hotspot's approved period, from {@code APPROVED} on
 * @param periodTo        its last day
 * @param rejectionReason the lokalråd's reason, when a hotspot is {@code REJECTED}
 * @param plannedDate     a teaching course's planned date ({@code PLANNED}, {@code HELD})
 * @param heldOn          the day it was held ({@code HELD})
 */
public record Receipt(UUID id, String reference, ReceiptStatus status, String action, Instant receivedAt,
        LocalDate periodFrom, LocalDate periodTo, String rejectionReason, LocalDate plannedDate, LocalDate heldOn) {

    /** A receipt with the fields every intake has; the kind's own fields are added with the {@code with…} methods. */
    public static Receipt of(UUID id, String reference, ReceiptStatus status, Instant receivedAt) {
        return new Receipt(id, reference, status, null, receivedAt, null, null, null, null, null);
    }

    public Receipt withAction(String action) {
        return new Receipt(id, reference, status, action, receivedAt, periodFrom, periodTo, rejectionReason, plannedDate, heldOn);
    }

    public Receipt withPeriod(LocalDate from, LocalDate to) {
        return new Receipt(id, reference, status, action, receivedAt, from, to, rejectionReason, plannedDate, heldOn);
    }

    public Receipt withRejectionReason(String reason) {
        return new Receipt(id, reference, status, action, receivedAt, periodFrom, periodTo, reason, plannedDate, heldOn);
    }

    public Receipt withTeaching(LocalDate planned, LocalDate held) {
        return new Receipt(id, reference, status, action, receivedAt, periodFrom, periodTo, rejectionReason, planned, held);
    }
}
