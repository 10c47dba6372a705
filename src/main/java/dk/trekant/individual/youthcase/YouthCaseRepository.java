package dk.trekant.individual.youthcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YouthCaseRepository extends JpaRepository<YouthCase, UUID> {

    @Query("select c from YouthCase c where c.youthId = ?1 and c.status = dk.trekant.individual.youthcase.CaseStatus.OPEN")
    Optional<YouthCase> findOpenByYouth(UUID youthId);

    Optional<YouthCase> findByCaseNumber(String caseNumber);

    @Query("select c.id from YouthCase c where c.status = dk.trekant.individual.youthcase.CaseStatus.CLOSED and c.retentionUntil <= ?1")
    List<UUID> findDueForDeletion(LocalDate today);

    boolean existsByYouthId(UUID youthId);

    List<YouthCase> findByYouthIdOrderByOpenedAt(UUID youthId);
}
