package dk.trekant.targeted.hotspot;

import dk.trekant.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import dk.trekant.privacy.NoCpr;

/**
 * A proposed hotspot: the area, where it is, why, at which times of day, and who proposes it (a
 * person or unit at the partner, or the staff member's note on whom the proposal came from).
 * {@code reference} is the partner's own reference (idempotency); staff proposals have none.
 */
public record HotspotProposal(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "a letter (A-Z, a-z) or digit, then letters, digits and . _ - only") String reference,
        @NotBlank @Size(max = 200) @PlainText @NoCpr String areaName,
        @NotNull @Valid HotspotLocation location,
        @NotBlank @Size(max = 4000) @PlainText @NoCpr String reason,
        @NotBlank @Size(max = 200) @PlainText @NoCpr String timesOfDay,
        @NotBlank @Size(max = 200) @PlainText @NoCpr String proposer) {
}
