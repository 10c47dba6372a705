package dk.trekant.individual.adultcase;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdultAreaOutcomeRepository extends JpaRepository<AdultAreaOutcome, UUID> {

    List<AdultAreaOutcome> findByCaseIdOrderByRecordedAt(UUID caseId);
}
