package dk.trekant.individual.incident;

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

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    Optional<Incident> findByPartnerIdAndPartnerReference(UUID partnerId, String partnerReference);

    List<Incident> findByPartnerIdAndPartnerReferenceIn(UUID partnerId, Collection<String> partnerReferences);

    /** The incident, its row locked until the transaction ends: one router at a time takes it to its case. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Incident i where i.id = ?1")
    Optional<Incident> findForRouting(UUID id);

    /** Incidents received before the given time and not yet routed (left by a stopped or crashed node), oldest first. */
    @Query("select i.id from Incident i where i.routedAt is null and i.receivedAt < ?1 and i.routingAttempts < ?2 order by i.receivedAt")
    List<UUID> findUnrouted(Instant receivedBefore, int maxAttempts, Pageable page);

    /** Claims the incidents not yet routed and not claimed by a router whose lease is still running. */
    @Modifying
    @Query("update Incident i set i.routingClaim = ?2, i.routingClaimedAt = ?3 where i.id in ?1 and i.routedAt is null "
            + "and (i.routingClaim is null or i.routingClaimedAt < ?4)")
    int claim(Collection<UUID> ids, String claim, Instant now, Instant leaseStartedBefore);

    /** Of the given incidents, those this claim holds (looked up by id: no scan of the table, however large). */
    @Query("select i.id from Incident i where i.id in ?1 and i.routingClaim = ?2")
    List<UUID> findClaimed(Collection<UUID> ids, String claim);

    /** Incidents waiting to be taken to their case (not those that left the queue as dead letters). */
    @Query("select count(i) from Incident i where i.routedAt is null and i.routingFailedAt is null")
    long countUnrouted();

    /** Incidents that left the routing queue after their attempts (dead letters), waiting for a leader's "Prøv igen". */
    @Query("select count(i) from Incident i where i.routedAt is null and i.routingFailedAt is not null")
    long countDeadLetters();

    @Query("select i.routingAttempts from Incident i where i.id = ?1")
    int routingAttempts(UUID id);

    /** Takes the incident out of the routing queue (once: returns 0 when it already is out, or routed). */
    @Modifying
    @Query("update Incident i set i.routingFailedAt = ?2, i.routingFailure = ?3 where i.id = ?1 and i.routedAt is null "
            + "and i.routingFailedAt is null")
    int deadLetter(UUID id, Instant at, String reason);

    /** Puts a dead letter back in the routing queue with its attempts anew (0 when it was not one). */
    @Modifying
    @Query("update Incident i set i.routingFailedAt = null, i.routingFailure = null, i.routingAttempts = 0, i.routingClaim = null "
            + "where i.id = ?1 and i.routedAt is null and i.routingFailedAt is not null")
    int requeue(UUID id);

    /** Counts a failed attempt and gives up the claim, so that the next sweep may try again. */
    @Modifying
    @Query("update Incident i set i.routingAttempts = i.routingAttempts + 1, i.routingClaim = null where i.id = ?1 and i.routedAt is null")
    int countFailedRouting(UUID id);

    List<Incident> findByCaseIdOrderByOccurredAt(UUID caseId);

    long countByCaseId(UUID caseId);

    boolean existsByYouthId(UUID youthId);

    List<Incident> findByYouthIdOrderByOccurredAt(UUID youthId);

    /** Other incidents of the youth that happened in [from, before). */
    @Query("select count(i) from Incident i where i.youthId = ?1 and i.occurredAt >= ?2 and i.occurredAt < ?3 and i.id <> ?4")
    long countOthersBetween(UUID youthId, Instant from, Instant before, UUID except);
}
