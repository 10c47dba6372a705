package dk.trekant.targeted.hotspot;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import dk.trekant.intake.Receipt;
import dk.trekant.partner.PartnerPrincipal;
import dk.trekant.platform.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Hotspot proposals from the police, schools, clubs, housing associations and guards. */
@RestController
@RequestMapping("/api/v1/hotspot-proposals")
@Tag(name = "Hotspot proposals")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAnyAuthority('PARTNER_POLICE', 'PARTNER_SCHOOL', 'PARTNER_CLUB', 'PARTNER_HOUSING', 'PARTNER_GUARDS')")
class HotspotProposalController {

    private final HotspotService hotspots;

    HotspotProposalController(HotspotService hotspots) {
        this.hotspots = hotspots;
    }

    @PostMapping
    @Operation(summary = "Propose a hotspot",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new. "
                    + "The location is an address or coordinates (latitude and longitude), or both.")
    ResponseEntity<Receipt> propose(@Validated @RequestBody HotspotProposal proposal,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        if ((proposal.location().latitude() == null) != (proposal.location().longitude() == null)) {
            throw new InvalidRequestException(proposal.location().latitude() == null ? "location.latitude" : "location.longitude",
                    "give both latitude and longitude, or neither");
        }
        if (!proposal.location().isGiven()) {
            throw new InvalidRequestException("location", "give an address, or both latitude and longitude");
        }
        return hotspots.propose(partner, proposal).answer("/api/v1/hotspot-proposals");
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a hotspot you proposed",
            description = "PROPOSED, APPROVED (with the period), REJECTED (with the lokalråd's reason), ACTIVE, EVALUATED or CLOSED.")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return hotspots.receipt(partner.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such hotspot proposal of yours."));
    }
}
