package dk.trekant.targeted.outreach;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachRequestRepository extends JpaRepository<OutreachRequest, UUID> {

    Optional<OutreachRequest> findByPartnerIdAndPartnerReference(UUID partnerId, String partnerReference);
}
