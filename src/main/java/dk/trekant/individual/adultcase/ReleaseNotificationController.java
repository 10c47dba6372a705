package dk.trekant.individual.adultcase;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.trekant.intake.Receipt;
import dk.trekant.partner.PartnerPrincipal;

/** Release notices from Kriminalforsorgen (KSP): someone is to be released, and the municipality may help. */
@RestController
@RequestMapping("/api/v1/release-notifications")
@Tag(name = "Release notices")
@SecurityRequirement(name = "partnerToken")
@PreAuthorize("hasAuthority('PARTNER_KRIMINALFORSORGEN')")
class ReleaseNotificationController {

    private final AdultIntakeService intake;

    ReleaseNotificationController(AdultIntakeService intake) {
        this.intake = intake;
    }

    @PostMapping
    @Operation(summary = "Send a release notice",
            description = "201 with a receipt; the same reference again gives 200 and the same receipt, and stores nothing new. "
                    + "A person with an open adult case gets the notice into that case.")
    ResponseEntity<Receipt> notify(@Validated @RequestBody ReleaseNotification notice,
            @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.receiveRelease(partner.id(), partner.name(), notice).submission()
                .answer("/api/v1/release-notifications");
    }

    @PutMapping("/{reference}")
    @Operation(summary = "Move the expected release date, or cancel the release",
            description = "Addressed by your own reference. A new date moves the release meeting's reminder; a cancellation "
                    + "ends the case that follows this release. Sending the same change again changes nothing (200). "
                    + "409 when the release was cancelled already or the case is closed.")
    Receipt update(@PathVariable String reference,
            @Validated @RequestBody ReleaseUpdate change, @AuthenticationPrincipal PartnerPrincipal partner) {
        change.check();
        AdultIntakeService.Update result = intake.update(partner.id(), partner.name(), reference, change);
        return switch (result.result()) {
            case UPDATED, UNCHANGED -> result.receipt();
            case UNKNOWN_REFERENCE -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "No release notice of yours has this reference.");
            case ALREADY_CANCELLED -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The release was cancelled; send a new notice with a new reference.");
            case CASE_CLOSED -> throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The case is closed; send a new notice with a new reference.");
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "The status of a release notice you sent")
    Receipt status(@PathVariable UUID id, @AuthenticationPrincipal PartnerPrincipal partner) {
        return intake.releaseReceipt(partner.id(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such release notice of yours."));
    }
}
