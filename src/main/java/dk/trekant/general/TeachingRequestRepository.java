package dk.trekant.general;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeachingRequestRepository extends JpaRepository<TeachingRequest, UUID> {

    Optional<TeachingRequest> findBySchoolPartnerIdAndPartnerReference(UUID schoolPartnerId, String partnerReference);
}
