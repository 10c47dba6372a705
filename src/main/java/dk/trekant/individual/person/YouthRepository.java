package dk.trekant.individual.person;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface YouthRepository extends JpaRepository<Youth, UUID> {

    Optional<Youth> findByCprHash(String cprHash);

    List<Youth> findByCprHashIn(Collection<String> cprHashes);

    @Query("select y from Youth y where lower(y.firstName) = lower(?1) and lower(y.lastName) = lower(?2) and y.dateOfBirth = ?3")
    List<Youth> findByNameAndDateOfBirth(String firstName, String lastName, LocalDate dateOfBirth);
}
