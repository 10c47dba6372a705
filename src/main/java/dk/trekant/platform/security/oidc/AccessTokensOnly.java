package dk.trekant.platform.security.oidc;

import java.util.Collection;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A staff bearer token must be an access token. The identity provider's ID tokens carry the same
 * issuer, the client id as audience (which is Trekant's expected audience unless
 * {@code trekant.oidc.audience} says otherwise) and, with a groups mapper, the groups; but an ID token
 * says who signed in to the webapps, and is no grant to call the API. So: an access token carries the
 * scopes it grants ({@code scope}: Keycloak, Spring Authorization Server, Auth0; {@code scp}: Entra ID,
 * Okta), which ID tokens never do; and a token marked as an ID token ({@code nonce}, Keycloak's
 * {@code typ} other than {@code Bearer}) is refused whatever else it holds.
 */
final class AccessTokensOnly implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error NOT_AN_ACCESS_TOKEN = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "A staff bearer token must be an access token with its scopes (scope or scp), not an ID token", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Object keycloakType = token.getClaims().get("typ");
        boolean markedOther = token.hasClaim("nonce")
                || (keycloakType != null && !"Bearer".equalsIgnoreCase(keycloakType.toString()));
        return !markedOther && (granted(token.getClaims().get("scope")) || granted(token.getClaims().get("scp")))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(NOT_AN_ACCESS_TOKEN);
    }

    private static boolean granted(Object scopes) {
        if (scopes instanceof String text) {
            return !text.isBlank();
        }
        return scopes instanceof Collection<?> list && !list.isEmpty();
    }
}
