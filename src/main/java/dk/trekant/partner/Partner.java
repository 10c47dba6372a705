package dk.trekant.partner;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner system with its own credentials. Only the hash of its token is kept. */
@Entity
@Table(name = "trekant_partner")
public class Partner {

    @Id
    private UUID id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PartnerKind kind;

    /** The municipality the partner belongs to (four-digit kommunekode), empty for cross-municipal partners. */
    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the static token stops working; empty: it does not expire (demo partners, tokens from before expiry). */
    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;

    /** The token before the last rotation, which works until {@link #previousTokenValidUntil}. */
    @Column(name = "previous_token_hash", length = 64)
    private String previousTokenHash;

    @Column(name = "previous_token_valid_until")
    private Instant previousTokenValidUntil;

    /** The OAuth2 client (client credentials) at a trusted issuer that acts for this partner. */
    @Column(name = "oauth_issuer", length = 300)
    private String oauthIssuer;

    @Column(name = "oauth_client_id", length = 200)
    private String oauthClientId;

    /** The OCES3 certificate's subject serial number (or UUID) that identifies this partner over mTLS. */
    @Column(name = "certificate_subject", length = 200)
    private String certificateSubject;

    protected Partner() {
    }

    Partner(String name, PartnerKind kind, String municipalityCode, String tokenHash, Instant createdAt, Instant tokenExpiresAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.tokenHash = tokenHash;
        this.active = true;
        this.createdAt = createdAt;
        this.tokenExpiresAt = tokenExpiresAt;
    }

    /** A new static token; the current one keeps working until {@code previousValidUntil}. */
    void rotateToken(String newTokenHash, Instant expiresAt, Instant previousValidUntil) {
        this.previousTokenHash = this.tokenHash;
        this.previousTokenValidUntil = previousValidUntil;
        this.tokenHash = newTokenHash;
        this.tokenExpiresAt = expiresAt;
    }

    void linkOAuthClient(String issuer, String clientId) {
        this.oauthIssuer = issuer;
        this.oauthClientId = clientId;
    }

    void linkCertificate(String subject) {
        this.certificateSubject = subject;
    }

    /** Whether this token hash opens the partner at {@code now}: the current token, or the previous one in its grace. */
    boolean acceptsTokenHash(String hash, Instant now) {
        if (!active) {
            return false;
        }
        if (hash.equals(tokenHash)) {
            return tokenExpiresAt == null || now.isBefore(tokenExpiresAt);
        }
        return hash.equals(previousTokenHash) && previousTokenValidUntil != null && now.isBefore(previousTokenValidUntil);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PartnerKind getKind() {
        return kind;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public Instant getPreviousTokenValidUntil() {
        return previousTokenValidUntil;
    }

    public String getOauthIssuer() {
        return oauthIssuer;
    }

    public String getOauthClientId() {
        return oauthClientId;
    }

    public String getCertificateSubject() {
        return certificateSubject;
    }

    String getTokenHash() {
        return tokenHash;
    }
}
