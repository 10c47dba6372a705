package dk.trekant.targeted.meeting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, UUID> {

    List<School> findByActiveTrueOrderByCode();

    Optional<School> findByCode(String code);

    List<School> findAllByOrderByCode();
}
