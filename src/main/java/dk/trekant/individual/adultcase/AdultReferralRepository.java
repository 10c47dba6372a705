package dk.trekant.individual.adultcase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdultReferralRepository extends JpaRepository<AdultReferral, UUID> {

    Optional<AdultReferral> findByPartnerIdAndPartnerReference(UUID partnerId, String partnerReference);

    Optional<AdultReferral> findByIncidentId(UUID incidentId);

    List<AdultReferral> findByCaseIdOrderByReceivedAt(UUID caseId);

    List<AdultReferral> findByPersonIdOrderByReceivedAt(UUID personId);
}
