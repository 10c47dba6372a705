package dk.trekant.platform.security.oidc;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import dk.trekant.platform.security.StaffAuthenticationProvider;
import dk.trekant.platform.security.StaffPrincipal;

/**
 * Staff access tokens (JWT of the single sign-on issuer) for engine-rest and Trekant's staff APIs:
 * the decoder checks signature, issuer, audience and expiry; the converter makes the token's subject
 * and groups a {@link StaffPrincipal}, exactly as HTTP Basic does for local users.
 */
public record StaffBearerTokens(JwtDecoder decoder, OidcProperties properties) {

    public Converter<Jwt, AbstractAuthenticationToken> converter() {
        return jwt -> {
            String userId = jwt.getClaimAsString(properties.userIdClaim());
            if (userId == null || userId.isBlank()) {
                userId = jwt.getSubject();
            }
            List<String> groups = OidcGroups.of(jwt.getClaims().get(properties.groupsClaim()));
            StaffPrincipal staff = new StaffPrincipal(userId, groups, List.of());
            return UsernamePasswordAuthenticationToken.authenticated(staff, null, groups.stream()
                    .map(group -> new SimpleGrantedAuthority(StaffAuthenticationProvider.GROUP_PREFIX + group)).toList());
        };
    }
}
