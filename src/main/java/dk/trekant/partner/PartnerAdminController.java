package dk.trekant.partner;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.security.core.Authentication;

import dk.trekant.platform.security.StaffPrincipal;
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

    /** {@code expiresAt}: when the static credential stops working; {@code previousValidUntil}: the grace of the one before. */
    record PartnerSummary(UUID id, String name, PartnerKind kind, String municipalityCode, boolean active, Instant createdAt,
            Instant expiresAt, Instant previousValidUntil, String oauthIssuer, String oauthClientId,
            String certificateSubject) {
        static PartnerSummary of(Partner partner) {
            return new PartnerSummary(partner.getId(), partner.getName(), partner.getKind(),
                    partner.getMunicipalityCode(), partner.isActive(), partner.getCreatedAt(), partner.getTokenExpiresAt(),
                    partner.getPreviousTokenValidUntil(), partner.getOauthIssuer(), partner.getOauthClientId(),
                    partner.getCertificateSubject());
        }
    }

    record IssuedToken(String token, Instant expiresAt, Instant previousTokenValidUntil) {
    }

    record OAuthClient(@NotBlank @Size(max = 300) String issuer,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[\\x21-\\x7E]+", message = "printable ASCII without spaces") String clientId) {
    }

    record Certificate(
            @NotBlank @Size(max = 200) @Pattern(regexp = "[A-Za-z0-9:._-]+", message = "the subject's serial number or UUID, e.g. UI:DK-O:G:<uuid>") String subject) {
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

    @PostMapping("/{id}/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue a new API token (shown once); the previous one works for the rotation grace period")
    IssuedToken rotate(@PathVariable UUID id, Authentication admin) {
        PartnerService.NewToken issued = partners.rotateToken(id, StaffPrincipal.actor(admin));
        return new IssuedToken(issued.token(), issued.expiresAt(), issued.previousTokenValidUntil());
    }

    @PutMapping("/{id}/oauth-client")
    @Operation(summary = "Let an OAuth2 client of a trusted issuer act for the partner (client credentials)")
    PartnerSummary linkOAuthClient(@PathVariable UUID id, @Validated @RequestBody OAuthClient request, Authentication admin) {
        return PartnerSummary.of(partners.linkOAuthClient(id, request.issuer().trim(), request.clientId(), StaffPrincipal.actor(admin)));
    }

    @PutMapping("/{id}/certificate")
    @Operation(summary = "Let an OCES3 certificate (its subject serial number or UUID) act for the partner (mTLS)")
    PartnerSummary linkCertificate(@PathVariable UUID id, @Validated @RequestBody Certificate request, Authentication admin) {
        return PartnerSummary.of(partners.linkCertificate(id, request.subject(), StaffPrincipal.actor(admin)));
    }

    @GetMapping
    @Operation(summary = "List partner systems (without tokens)")
    List<PartnerSummary> list() {
        return partners.all().stream().map(PartnerSummary::of).toList();
    }
}
