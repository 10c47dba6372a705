package dk.trekant.individual;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface YouthCaseRepository extends JpaRepository<YouthCase, UUID> {

    @Query("select c from YouthCase c where c.youthId = ?1 and c.status = dk.trekant.individual.CaseStatus.OPEN")
    Optional<YouthCase> findOpenByYouth(UUID youthId);

    Optional<YouthCase> findByCaseNumber(String caseNumber);
}
