package dk.trekant.partner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

    Optional<Partner> findByTokenHash(String tokenHash);

    boolean existsByName(String name);

    Optional<Partner> findByName(String name);
}
