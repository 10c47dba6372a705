package dk.trekant.general;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the school reads about the course it asked for: where it stands, the planned date and when
 * it was held. Nothing of the team's planning (preventer, material) or evaluation.
 */
public record TeachingReceipt(UUID id, String reference, TeachingStatus status, LocalDate plannedDate, LocalDate heldOn,
        Instant receivedAt) {

    static TeachingReceipt of(TeachingRequest request) {
        return new TeachingReceipt(request.getId(), request.getPartnerReference(), request.getStatus(),
                request.getStatus() == TeachingStatus.PLANNED || request.getStatus() == TeachingStatus.HELD
                        ? request.getPlannedDate() : null,
                request.getHeldAt(), request.getReceivedAt());
    }
}
