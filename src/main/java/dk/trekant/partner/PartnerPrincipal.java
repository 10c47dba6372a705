package dk.trekant.partner;

import java.util.UUID;

/** The partner system behind a partner-API request; controllers take it as {@code @AuthenticationPrincipal}. */
public record PartnerPrincipal(UUID id, String name, PartnerKind kind, String municipalityCode) {

    static PartnerPrincipal of(Partner partner) {
        return new PartnerPrincipal(partner.getId(), partner.getName(), partner.getKind(), partner.getMunicipalityCode());
    }
}
