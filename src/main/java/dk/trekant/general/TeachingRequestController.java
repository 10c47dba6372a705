package dk.trekant.general;

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
import dk.trekant.platform.web.PlainText;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import dk.trekant.privacy.NoCpr;

/** Preventive teaching (undervisningsforløb) that schools request, and its status. */
@RestController
@RequestMapping("/api/v1/teaching-requests")
@Tag(name = "Teaching requests")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAuthority('PARTNER_SCHOOL')")
class TeachingRequestController {

    private final TeachingService teaching;

    TeachingRequestController(TeachingService teaching) {
        this.teaching = teaching;
    }

    @PostMapping
    @Operation(summary = "Request preventive teaching",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new. "
                    + "The topic is one of the configured topics (trekant.teaching.topics); the wished period is not in the past.")
    ResponseEntity<Receipt> request(@Validated @RequestBody SchoolTeachingRequest request,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        return teaching.request(partner.id(), request.reference(), request.toWish(partner.name()))
                .answer("/api/v1/teaching-requests");
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a teaching course you requested",
            description = "REQUESTED, PLANNED (with plannedDate), HELD (with heldOn) or CANCELLED.")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return teaching.status(partner.id(), id).orElseThrow(TeachingRequestController::notFound);
    }

    record Cancellation(@Size(max = 2000) @PlainText @NoCpr String reason) {
    }

    @PostMapping("/{id}/cancellation")
    @Operation(summary = "Cancel a teaching course you requested",
            description = "200 with the receipt (status CANCELLED); cancelling again changes nothing; 409 once the course was held.")
    Receipt cancel(@PathVariable UUID id, @Validated @RequestBody(required = false) Cancellation cancellation,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        try {
            return teaching.cancelBySchool(partner.id(), id, cancellation == null ? null : cancellation.reason());
        } catch (TeachingService.CancelRefusedException refused) {
            if (refused.refusal() == TeachingService.CancelRefusal.ALREADY_HELD) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "The course was held and can no longer be cancelled.");
            }
            throw notFound();
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No such teaching request of yours.");
    }
}
