package dk.trekant.targeted.hotspot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotspotRepository extends JpaRepository<Hotspot, UUID> {

    Optional<Hotspot> findByPartnerIdAndPartnerReference(UUID partnerId, String partnerReference);

    List<Hotspot> findByStatus(HotspotStatus status);
}
