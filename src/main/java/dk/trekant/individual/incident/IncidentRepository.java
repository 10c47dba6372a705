package dk.trekant.individual.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IncidentRepository extends JpaRepository<Incident, UUID> {

    Optional<Incident> findByPartnerIdAndPartnerReference(UUID partnerId, String partnerReference);

    List<Incident> findByPartnerIdAndPartnerReferenceIn(UUID partnerId, Collection<String> partnerReferences);

    List<Incident> findByCaseIdOrderByOccurredAt(UUID caseId);

    long countByCaseId(UUID caseId);

    boolean existsByYouthId(UUID youthId);

    List<Incident> findByYouthIdOrderByOccurredAt(UUID youthId);

    /** Other incidents of the youth that happened in [from, before). */
    @Query("select count(i) from Incident i where i.youthId = ?1 and i.occurredAt >= ?2 and i.occurredAt < ?3 and i.id <> ?4")
    long countOthersBetween(UUID youthId, Instant from, Instant before, UUID except);
}
