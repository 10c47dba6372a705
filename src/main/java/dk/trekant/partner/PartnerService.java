package dk.trekant.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.audit.AuditEvent;
import dk.trekant.platform.audit.AuditLog;
import dk.trekant.platform.web.InvalidRequestException;

@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final PartnerJwts jwts;
    private final PartnerCredentialsProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    PartnerService(PartnerRepository partners, PartnerJwts jwts, PartnerCredentialsProperties properties, AuditLog audit) {
        this(partners, jwts, properties, audit, Clock.systemUTC());
    }

    PartnerService(PartnerRepository partners, PartnerJwts jwts, PartnerCredentialsProperties properties, AuditLog audit,
            Clock clock) {
        this.partners = partners;
        this.jwts = jwts;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A newly created partner with the one and only copy of its token in clear text. */
    public record NewPartner(Partner partner, String token) {
    }

    /** A partner's new static token (shown once) and until when the previous one still works. */
    public record NewToken(Partner partner, String token, Instant expiresAt, Instant previousTokenValidUntil) {
    }

    @Transactional
    public NewPartner create(String name, PartnerKind kind, String municipalityCode) {
        String token = PartnerTokens.newToken();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        if (partners.existsByName(name)) {
            throw new InvalidRequestException("name", "a partner with this name exists already");
        }
        Partner partner = partners.save(new Partner(name, kind, municipalityCode, PartnerTokens.hash(token), now,
                now.plus(properties.tokenValidity())));
        return new NewPartner(partner, token);
    }

    /**
     * Registers a partner with a given token that does not expire. Used by the demo profile, whose
     * tokens are the partners' names so that a newcomer can try the API; real partners get random
     * tokens with an expiry ({@link #create}).
     */
    @Transactional
    public Partner register(String name, PartnerKind kind, String municipalityCode, String token) {
        if (partners.existsByName(name)) {
            throw new InvalidRequestException("name", "a partner with this name exists already");
        }
        return partners.save(new Partner(name, kind, municipalityCode, PartnerTokens.hash(token), clock.instant(), null));
    }

    /**
     * Issues a new static token. The previous one keeps working for the rotation grace period, so that
     * the partner can switch without an outage. Both tokens' lifetimes go into the audit trail.
     */
    @Transactional
    public NewToken rotateToken(UUID partnerId, String actor) {
        Partner partner = partners.findById(partnerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such partner."));
        String token = PartnerTokens.newToken();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(properties.tokenValidity());
        Instant previousValidUntil = now.plus(properties.tokenRotationGrace());
        if (partner.getTokenExpiresAt() != null && partner.getTokenExpiresAt().isBefore(previousValidUntil)) {
            previousValidUntil = partner.getTokenExpiresAt();
        }
        partner.rotateToken(PartnerTokens.hash(token), expiresAt, previousValidUntil);
        audit.change(actor, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.PARTNER,
                partner.getId().toString(), null, "Nyt API-token udstedt (gyldigt til " + expiresAt
                        + "); det tidligere token virker til " + previousValidUntil);
        return new NewToken(partner, token, expiresAt, previousValidUntil);
    }

    /** Lets an OAuth2 client of a trusted issuer act for the partner (client credentials). */
    @Transactional
    public Partner linkOAuthClient(UUID partnerId, String issuer, String clientId, String actor) {
        Partner partner = partners.findById(partnerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such partner."));
        if (!properties.trusts(issuer)) {
            throw new InvalidRequestException("issuer", "not one of the trusted issuers (trekant.partner.oauth2.issuers)");
        }
        partners.findByOauthIssuerAndOauthClientId(issuer, clientId).filter(other -> !other.getId().equals(partnerId))
                .ifPresent(other -> {
                    throw new InvalidRequestException("clientId", "this client acts for another partner already");
                });
        partner.linkOAuthClient(issuer, clientId);
        audit.change(actor, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.PARTNER,
                partner.getId().toString(), null, "OAuth2-klient tilknyttet: " + clientId + " hos " + issuer);
        return partner;
    }

    /** Lets the OCES3 certificate with this subject serial number (or UUID) act for the partner (mTLS). */
    @Transactional
    public Partner linkCertificate(UUID partnerId, String subject, String actor) {
        Partner partner = partners.findById(partnerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such partner."));
        partners.findByCertificateSubject(subject).filter(other -> !other.getId().equals(partnerId))
                .ifPresent(other -> {
                    throw new InvalidRequestException("subject", "this certificate acts for another partner already");
                });
        partner.linkCertificate(subject);
        audit.change(actor, AuditEvent.ActorKind.STAFF, AuditEvent.Action.UPDATE, AuditEvent.Subject.PARTNER,
                partner.getId().toString(), null, "Certifikat tilknyttet: " + subject);
        return partner;
    }

    /** The partner's name (for a process that names who sent something), if the partner is registered. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(UUID partnerId) {
        return partners.findById(partnerId).map(Partner::getName);
    }

    @Transactional(readOnly = true)
    public Optional<Partner> byName(String name) {
        return partners.findByName(name);
    }

    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return partners.existsByName(name);
    }

    /**
     * The active partner holding this bearer token, if any: an OAuth2 access token (JWT) of a trusted
     * issuer whose client is linked to a partner, or a static token (current and unexpired, or the
     * previous one within its grace period). Costs a SHA-256 or a signature check, never a password hash.
     */
    @Transactional(readOnly = true)
    public Optional<Partner> authenticate(String token) {
        if (PartnerJwts.looksLikeJwt(token)) {
            return jwts.verify(token)
                    .flatMap(client -> partners.findByOauthIssuerAndOauthClientId(client.issuer(), client.clientId()))
                    .filter(Partner::isActive);
        }
        String hash = PartnerTokens.hash(token);
        Instant now = clock.instant();
        return partners.findByTokenHash(hash).or(() -> partners.findByPreviousTokenHash(hash))
                .filter(partner -> partner.acceptsTokenHash(hash, now));
    }

    /** The active partner whose OCES3 certificate carries this subject serial number (or UUID). */
    @Transactional(readOnly = true)
    public Optional<Partner> authenticateCertificate(String subject) {
        return partners.findByCertificateSubject(subject).filter(Partner::isActive);
    }

    @Transactional(readOnly = true)
    public List<Partner> all() {
        return partners.findAll();
    }
}
