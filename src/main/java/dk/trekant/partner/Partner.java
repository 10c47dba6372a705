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

    protected Partner() {
    }

    Partner(String name, PartnerKind kind, String municipalityCode, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.kind = kind;
        this.municipalityCode = municipalityCode;
        this.tokenHash = tokenHash;
        this.active = true;
        this.createdAt = createdAt;
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

    String getTokenHash() {
        return tokenHash;
    }
}
