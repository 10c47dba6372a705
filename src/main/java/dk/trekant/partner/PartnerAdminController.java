package dk.trekant.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Administrators register partner systems; the token is shown once, at creation, and never again. */
@RestController
@RequestMapping("/api/admin/partners")
@Tag(name = "Administration")
@SecurityRequirement(name = "staffBasic")
class PartnerAdminController {

    private final PartnerService partners;

    PartnerAdminController(PartnerService partners) {
        this.partners = partners;
    }

    record CreatePartner(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[\\p{L}0-9 ._-]+", message = "letters, digits, space, dot, dash and underscore only") String name,
            @NotNull PartnerKind kind,
            @Pattern(regexp = "\\d{4}", message = "a four-digit kommunekode") String municipalityCode) {
    }

    record PartnerSummary(UUID id, String name, PartnerKind kind, String municipalityCode, boolean active, Instant createdAt) {
        static PartnerSummary of(Partner partner) {
            return new PartnerSummary(partner.getId(), partner.getName(), partner.getKind(),
                    partner.getMunicipalityCode(), partner.isActive(), partner.getCreatedAt());
        }
    }

    record CreatedPartner(PartnerSummary partner, String token) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a partner system and show its API token (once)")
    CreatedPartner create(@Validated @RequestBody CreatePartner request) {
        PartnerService.NewPartner created = partners.create(request.name().trim(), request.kind(), request.municipalityCode());
        return new CreatedPartner(PartnerSummary.of(created.partner()), created.token());
    }

    @GetMapping
    @Operation(summary = "List partner systems (without tokens)")
    List<PartnerSummary> list() {
        return partners.all().stream().map(PartnerSummary::of).toList();
    }
}
