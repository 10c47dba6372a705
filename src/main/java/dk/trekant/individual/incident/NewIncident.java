package dk.trekant.individual.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dk.trekant.privacy.Cpr;

/**
 * An incident as a partner or staff member reports it, validated. {@code partnerId} and
 * {@code partnerReference} make it idempotent: the same reference from the same partner is one incident.
 * Partners identify the youth by CPR number; staff may give name and date of birth instead
 * ({@code cpr} null, {@code dateOfBirth} set); {@code reportedBy} is the partner's name or the staff
member's user id.
 */
public record NewIncident(
        IncidentSource source,
        UUID partnerId,
        String partnerReference,
        String reportedBy,
        Cpr cpr,
        LocalDate dateOfBirth,
        String firstName,
        String lastName,
        String school,
        boolean knownToSocialServices,
        Instant occurredAt,
        String place,
        OffenceCategory offenceCategory,
        YouthRole role,
        String description) {

    public NewIncident {
        if (cpr == null && (dateOfBirth == null || firstName == null || lastName == null)) {
            throw new IllegalArgumentException("a youth without CPR number needs name and date of birth");
        }
        if (cpr != null) {
            dateOfBirth = cpr.dateOfBirth();
        }
    }

    /** From a partner system, which always gives the CPR number. */
    public static NewIncident fromPartner(IncidentSource source, UUID partnerId, String partnerName, String partnerReference,
            Cpr cpr, String firstName, String lastName, String school, boolean knownToSocialServices, Instant occurredAt,
            String place, OffenceCategory offenceCategory, YouthRole role, String description) {
        return new NewIncident(source, partnerId, partnerReference, partnerName, cpr, null, firstName, lastName, school,
                knownToSocialServices, occurredAt, place, offenceCategory, role, description);
    }

    @Override
    public String toString() {
        return "NewIncident[" + source + ", partner " + partnerId + "]";
    }
}
