package dk.trekant.individual.incident;

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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.intake.Receipt;
import dk.trekant.partner.PartnerPrincipal;

/** Concerns (bekymringshenvendelser) from schools and clubs. */
@RestController
@RequestMapping("/api/v1/concerns")
@Tag(name = "Concerns")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAnyAuthority('PARTNER_SCHOOL', 'PARTNER_CLUB')")
class ConcernController {

    private final IntakeService intake;

    ConcernController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping
    @Operation(summary = "Raise a concern about a youth",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new.")
    ResponseEntity<Receipt> raise(@Validated @RequestBody Concern concern, @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.accept(concern.toIncident(partner.id(), partner.name())).submission().answer("/api/v1/concerns");
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a concern you raised")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.receipt(partner.id(), id, IncidentSource.CONCERN)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such concern of yours."));
    }
}
