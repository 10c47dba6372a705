package dk.trekant.intake;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface IntakeQueueRepository extends JpaRepository<QueuedIntake, UUID> {

    /** The item's row, locked until the transaction ends: one router at a time routes it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select q from QueuedIntake q where q.itemId = ?1")
    Optional<QueuedIntake> findForRouting(UUID itemId);

    /** Items received before the given time, waiting (not dead letters), oldest first. */
    @Query("select q.itemId from QueuedIntake q where q.failedAt is null and q.receivedAt < ?1 order by q.receivedAt")
    List<UUID> findWaiting(Instant receivedBefore, Pageable page);

    /** Claims the waiting items not claimed by a router whose lease still runs. */
    @Modifying
    @Query("update QueuedIntake q set q.claim = ?2, q.claimedAt = ?3 where q.itemId in ?1 and q.failedAt is null "
            + "and (q.claim is null or q.claimedAt < ?4)")
    int claim(Collection<UUID> ids, String claim, Instant now, Instant leaseStartedBefore);

    /** Of the given items, those this claim holds. */
    @Query("select q.itemId from QueuedIntake q where q.itemId in ?1 and q.claim = ?2")
    List<UUID> findClaimed(Collection<UUID> ids, String claim);

    @Query("select count(q) from QueuedIntake q where q.failedAt is null")
    long countWaiting();

    @Query("select count(q) from QueuedIntake q where q.failedAt is not null")
    long countDeadLetters();

    /** Counts a failed attempt and gives up the claim, so that the next sweep may try again. */
    @Modifying
    @Query("update QueuedIntake q set q.attempts = q.attempts + 1, q.claim = null where q.itemId = ?1")
    int countFailedAttempt(UUID itemId);

    /** Takes the item out of the queue as a dead letter (once: 0 when it is routed or already one). */
    @Modifying
    @Query("update QueuedIntake q set q.failedAt = ?2, q.failure = ?3 where q.itemId = ?1 and q.failedAt is null")
    int deadLetter(UUID itemId, Instant at, String reason);

    /** Puts a dead letter back in the queue with its attempts anew (0 when it was not one). */
    @Modifying
    @Query("update QueuedIntake q set q.failedAt = null, q.failure = null, q.attempts = 0, q.claim = null "
            + "where q.itemId = ?1 and q.failedAt is not null")
    int requeue(UUID itemId);

    /** Removes the rows of deleted items (retention), whatever their state. */
    @Modifying
    @Query("delete from QueuedIntake q where q.itemId in ?1")
    int forget(Collection<UUID> itemIds);
}
