package dk.trekant.partner;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dk.trekant.platform.web.InvalidRequestException;

@Service
public class PartnerService {

    private final PartnerRepository partners;
    private final Clock clock;

    PartnerService(PartnerRepository partners) {
        this.partners = partners;
        this.clock = Clock.systemUTC();
    }

    /** A newly created partner with the one and only copy of its token in clear text. */
    public record NewPartner(Partner partner, String token) {
    }

    @Transactional
    public NewPartner create(String name, PartnerKind kind, String municipalityCode) {
        String token = PartnerTokens.newToken();
        return new NewPartner(register(name, kind, municipalityCode, token), token);
    }

    /**
     * Registers a partner with a given token. Used by the demo profile, whose tokens are the
     * partners' names so that a newcomer can try the API; real partners get random tokens.
     */
    @Transactional
    public Partner register(String name, PartnerKind kind, String municipalityCode, String token) {
        if (partners.existsByName(name)) {
            throw new InvalidRequestException("name", "a partner with this name exists already");
        }
        return partners.save(new Partner(name, kind, municipalityCode, PartnerTokens.hash(token), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Optional<Partner> byName(String name) {
        return partners.findByName(name);
    }

    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return partners.existsByName(name);
    }

    /** The active partner holding this token, if any. */
    @Transactional(readOnly = true)
    public Optional<Partner> authenticate(String token) {
        return partners.findByTokenHash(PartnerTokens.hash(token)).filter(Partner::isActive);
    }

    @Transactional(readOnly = true)
    public List<Partner> all() {
        return partners.findAll();
    }
}
