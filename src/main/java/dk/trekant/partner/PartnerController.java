package dk.trekant.partner;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What a partner can learn about itself: a way to check its token and configuration. */
@RestController
@RequestMapping("/api/v1/partner")
@Tag(name = "Partner")
@SecurityRequirement(name = "partnerToken")
class PartnerController {

    record PartnerView(String name, PartnerKind kind, String municipalityCode) {
    }

    @GetMapping
    @Operation(summary = "The calling partner: name, kind and municipality of the token's owner")
    PartnerView me(@AuthenticationPrincipal PartnerPrincipal partner) {
        return new PartnerView(partner.name(), partner.kind(), partner.municipalityCode());
    }
}
