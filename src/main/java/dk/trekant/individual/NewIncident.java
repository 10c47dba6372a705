package dk.trekant.individual;

import java.time.Instant;
import java.util.UUID;

import dk.trekant.privacy.Cpr;

/**
 * An incident as a partner or staff member reports it, validated. {@code partnerId} and
 * {@code partnerReference} make it idempotent: the same reference from the same partner is one incident.
 */
public record NewIncident(
        IncidentSource source,
        UUID partnerId,
        String partnerReference,
        Cpr cpr,
        String firstName,
        String lastName,
        String school,
        boolean knownToSocialServices,
        Instant occurredAt,
        String place,
        OffenceCategory offenceCategory,
        YouthRole role,
        String description) {

    @Override
    public String toString() {
        return "NewIncident[" + source + ", partner " + partnerId + "]";
    }
}
