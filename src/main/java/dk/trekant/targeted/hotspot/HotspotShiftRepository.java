package dk.trekant.targeted.hotspot;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface HotspotShiftRepository extends JpaRepository<HotspotShift, UUID> {

    Optional<HotspotShift> findByTaskId(String taskId);

    List<HotspotShift> findByHotspotIdOrderByStartedAt(UUID hotspotId);
}
