package dk.trekant.individual.adultcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import dk.trekant.individual.youthcase.CaseStatus;

public interface AdultCaseRepository extends JpaRepository<AdultCase, UUID> {

    @Query("select c from AdultCase c where c.personId = ?1 and c.status = dk.trekant.individual.youthcase.CaseStatus.OPEN")
    Optional<AdultCase> findOpenByPerson(UUID personId);

    Optional<AdultCase> findByCaseNumber(String caseNumber);

    @Query("select c.id from AdultCase c where c.status = dk.trekant.individual.youthcase.CaseStatus.CLOSED and c.retentionUntil <= ?1")
    List<UUID> findDueForDeletion(LocalDate today);

    boolean existsByPersonId(UUID personId);

    List<AdultCase> findByPersonIdOrderByOpenedAt(UUID personId);
}
