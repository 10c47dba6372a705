package dk.trekant.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks staff credentials against Camunda's identity service. Camunda hashes passwords with a
 * deliberately slow hash, which per request would cost more than half of the engine's
 * throughput; a successful check is therefore remembered for a short time, keyed by a SHA-256
 * of user and password (the password itself is never kept).
 */
@Component
public class StaffAuthenticator {

    private static final int MAX_ENTRIES = 10_000;

    private final IdentityService identityService;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> verified = new ConcurrentHashMap<>();

    @Autowired
    public StaffAuthenticator(IdentityService identityService,
            @Value("${trekant.security.credential-cache-ttl:PT60S}") Duration ttl) {
        this(identityService, ttl, Clock.systemUTC());
    }

    StaffAuthenticator(IdentityService identityService, Duration ttl, Clock clock) {
        this.identityService = identityService;
        this.ttl = ttl;
        this.clock = clock;
    }

    private record Entry(StaffPrincipal principal, Instant expires) {
    }

    public Optional<StaffPrincipal> authenticate(String userId, String password) {
        if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String key = key(userId, password);
        Instant now = clock.instant();
        Entry cached = verified.get(key);
        if (cached != null && cached.expires().isAfter(now)) {
            return Optional.of(cached.principal());
        }
        if (!identityService.checkPassword(userId, password)) {
            verified.remove(key);
            return Optional.empty();
        }
        StaffPrincipal principal = new StaffPrincipal(userId,
                identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId).toList());
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(key, new Entry(principal, now.plus(ttl)));
        return Optional.of(principal);
    }

    /** Forgets every remembered check, e.g. after a password or membership change. */
    public void forgetAll() {
        verified.clear();
    }

    private static String key(String userId, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(userId.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
