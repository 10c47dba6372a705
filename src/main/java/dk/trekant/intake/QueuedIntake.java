package dk.trekant.intake;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * An accepted item waiting to be taken to its process (or a dead letter: its attempts used up).
 * The row is written with the item, in the accepting transaction, and deleted in the transaction
 * that routes it.
 */
@Entity
@Table(name = "trekant_intake_queue")
class QueuedIntake implements Persistable<UUID> {

    /** Written with an id of its own: saved by an insert, without a look-up first. */
    @Transient
    private boolean isNew = true;

    @Id
    @Column(name = "item_id")
    private UUID itemId;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(name = "partition_key", nullable = false)
    private UUID partitionKey;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(length = 36)
    private String claim;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "failed_at")
    private Instant failedAt;

    @Column(length = 300)
    private String failure;

    protected QueuedIntake() {
    }

    QueuedIntake(UUID itemId, String kind, UUID partitionKey, Instant receivedAt) {
        this.itemId = itemId;
        this.kind = kind;
        this.partitionKey = partitionKey;
        this.receivedAt = receivedAt;
    }

    @Override
    public UUID getId() {
        return itemId;
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void stored() {
        isNew = false;
    }

    UUID getItemId() {
        return itemId;
    }

    String getKind() {
        return kind;
    }

    UUID getPartitionKey() {
        return partitionKey;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getFailedAt() {
        return failedAt;
    }

    String getFailure() {
        return failure;
    }
}
