package dk.trekant.platform.security.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff single sign-on by OpenID Connect ({@code trekant.oidc.*}, from {@code TREKANT_OIDC_*}). On
 * when {@code issuer} is set; without it (the demo) staff sign in with Camunda's local users.
 *
 * @param issuer       the identity provider's issuer (Entra ID: {@code https://login.microsoftonline.com/<tenant>/v2.0},
 *                     Keycloak: {@code https://<host>/realms/<realm>})
 * @param clientId     Trekant's client at the identity provider
 * @param clientSecret its secret (never logged)
 * @param groupsClaim  the claim carrying the groups: {@code roles} (Entra ID app roles) or {@code groups} (Keycloak group paths)
 * @param userIdClaim  the claim that becomes the Camunda user id and the audit trail's actor ({@code sub}: the IdP subject)
 * @param audience     the {@code aud} a staff access token must carry for engine-rest and the staff API (empty: the client id)
 */
@ConfigurationProperties("trekant.oidc")
public record OidcProperties(String issuer, String clientId, String clientSecret, @DefaultValue("groups") String groupsClaim,
        @DefaultValue("sub") String userIdClaim, String audience) {

    public static final String REGISTRATION_ID = "trekant";

    public boolean enabled() {
        return issuer != null && !issuer.isBlank();
    }

    public String expectedAudience() {
        return audience == null || audience.isBlank() ? clientId : audience;
    }
}
