package dk.trekant.targeted.hotspot;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotspotDecisionRepository extends JpaRepository<HotspotDecision, UUID> {

    List<HotspotDecision> findByHotspotIdOrderByDecidedAt(UUID hotspotId);
}
