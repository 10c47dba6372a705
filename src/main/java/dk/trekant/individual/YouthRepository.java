package dk.trekant.individual;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface YouthRepository extends JpaRepository<Youth, UUID> {

    Optional<Youth> findByCprHash(String cprHash);
}
