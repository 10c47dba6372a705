package dk.trekant.partner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, UUID> {

    Optional<Partner> findByTokenHash(String tokenHash);

    Optional<Partner> findByPreviousTokenHash(String previousTokenHash);

    Optional<Partner> findByOauthIssuerAndOauthClientId(String oauthIssuer, String oauthClientId);

    Optional<Partner> findByCertificateSubject(String certificateSubject);

    boolean existsByName(String name);

    Optional<Partner> findByName(String name);
}
