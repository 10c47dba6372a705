package dk.trekant.individual;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdultAreaOutcomeRepository extends JpaRepository<AdultAreaOutcome, UUID> {

    List<AdultAreaOutcome> findByCaseIdOrderByRecordedAt(UUID caseId);
}
