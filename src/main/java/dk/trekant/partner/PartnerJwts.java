package dk.trekant.partner;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.JWTParser;

/**
 * Verifies partners' OAuth2 access tokens (JWT, client credentials) against the trusted issuers of
 * {@code trekant.partner.oauth2.issuers}: signature by the issuer's keys (fetched once and cached by
 * Nimbus, refreshed when an unknown key id appears), {@code iss} exactly a trusted issuer,
 * {@code aud} containing the configured audience, {@code exp} present and not passed, clock skew as
 * configured. A token from any other issuer is refused before any network call.
 */
@Component
class PartnerJwts {

    private static final Logger log = LoggerFactory.getLogger(PartnerJwts.class);

    /** A verified token: who issued it and which client it was issued to. */
    record VerifiedClient(String issuer, String clientId) {
    }

    private final PartnerCredentialsProperties properties;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    PartnerJwts(PartnerCredentialsProperties properties) {
        this.properties = properties;
    }

    static boolean looksLikeJwt(String token) {
        return token.startsWith("ey") && token.chars().filter(c -> c == '.').count() == 2;
    }

    Optional<VerifiedClient> verify(String token) {
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return Optional.empty();
        }
        Optional<PartnerCredentialsProperties.Issuer> trusted = properties.oauth2().issuers().stream()
                .filter(candidate -> candidate.issuer().equals(issuer)).findFirst();
        if (trusted.isEmpty()) {
            log.debug("Partner token refused: its issuer is not trusted");
            return Optional.empty();
        }
        try {
            Jwt jwt = decoders.computeIfAbsent(issuer, key -> decoder(trusted.get())).decode(token);
            String clientId = clientId(jwt, trusted.get().clientIdClaim());
            return clientId == null ? Optional.empty() : Optional.of(new VerifiedClient(issuer, clientId));
        } catch (JwtException | IllegalArgumentException | IllegalStateException e) {
            // the reason names a claim or a key, never the token's content
            log.debug("Partner token refused: {}", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static String clientId(Jwt jwt, String claim) {
        for (String name : List.of(claim, "client_id", "azp", "appid")) {
            String value = jwt.getClaimAsString(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private JwtDecoder decoder(PartnerCredentialsProperties.Issuer issuer) {
        NimbusJwtDecoder decoder;
        if (issuer.jwkSetUri() != null && !issuer.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
        } else {
            decoder = NimbusJwtDecoder.withIssuerLocation(issuer.issuer()).build();
        }
        decoder.setJwtValidator(validator(issuer.issuer(), issuer.audience(), properties.oauth2().clockSkew()));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience, java.time.Duration clockSkew) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(clockSkew),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    }
}
