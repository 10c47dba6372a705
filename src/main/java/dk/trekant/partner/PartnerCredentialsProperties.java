package dk.trekant.partner;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How partner systems prove who they are ({@code trekant.partner.*}).
 *
 * @param tokenValidity      how long a static token issued by an administrator works
 * @param tokenRotationGrace how long the previous token keeps working after an administrator issues a new one
 * @param oauth2             the trusted OAuth2 issuers (client credentials)
 * @param mtls               whether the server asks for and maps OCES3 client certificates
 */
@ConfigurationProperties("trekant.partner")
public record PartnerCredentialsProperties(@DefaultValue("P365D") Duration tokenValidity,
        @DefaultValue("P14D") Duration tokenRotationGrace, @DefaultValue OAuth2 oauth2, @DefaultValue("false") boolean mtls) {

    /**
     * @param clockSkew how far a token's {@code exp}/{@code nbf} may be off (bounded: at most five minutes)
     * @param issuers   the issuers whose access tokens Trekant accepts; every other issuer is refused
     */
    public record OAuth2(@DefaultValue("PT30S") Duration clockSkew, @DefaultValue List<Issuer> issuers) {
        public OAuth2 {
            if (clockSkew.isNegative() || clockSkew.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("trekant.partner.oauth2.clock-skew must be between 0 and PT5M");
            }
            issuers = List.copyOf(issuers);
        }
    }

    /**
     * @param issuer        the exact {@code iss} of the issuer's tokens
     * @param jwkSetUri     where its signing keys are (empty: found through the issuer's OpenID discovery document)
     * @param audience      the {@code aud} a token must carry to be meant for Trekant
     * @param clientIdClaim the claim naming the client (Keycloak and Spring: {@code client_id}, Entra ID v2: {@code azp})
     */
    public record Issuer(String issuer, String jwkSetUri, String audience, @DefaultValue("client_id") String clientIdClaim) {
        public Issuer {
            if (issuer == null || issuer.isBlank()) {
                throw new IllegalArgumentException("trekant.partner.oauth2.issuers[].issuer is required");
            }
            if (audience == null || audience.isBlank()) {
                throw new IllegalArgumentException("trekant.partner.oauth2.issuers[].audience is required for " + issuer);
            }
        }
    }

    public boolean trusts(String issuer) {
        return oauth2.issuers().stream().anyMatch(trusted -> trusted.issuer().equals(issuer));
    }
}
