package dk.trekant.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.platform.audit.AuditLog;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Static partner tokens expire, and an administrator rotates them: the new token works at once, the
 * old one for the grace period (14 days), then no more; the rotation is in the audit trail.
 */
@TrekantTest
class PartnerTokenRotationTest {

    static final String ADMIN = Http.basic("admin", "admin");

    @LocalServerPort
    int port;
    @Autowired
    PartnerRepository repository;
    @Autowired
    PartnerJwts jwts;
    @Autowired
    PartnerCredentialsProperties properties;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void anAdministratorRotatesATokenAndTheOldOneWorksForTheGracePeriod() throws Exception {
        Http http = new Http(port);
        JsonNode created = json.readTree(http.postJson("/api/admin/partners", ADMIN,
                "{\"name\":\"Rotationsskolen " + UUID.randomUUID().toString().substring(0, 8) + "\",\"kind\":\"SCHOOL\"}").body());
        String id = created.at("/partner/id").asText();
        String oldToken = created.get("token").asText();
        Instant expires = Instant.parse(created.at("/partner/expiresAt").asText());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofDays(364)), Instant.now().plus(Duration.ofDays(366)));

        var rotated = http.post("/api/admin/partners/" + id + "/token", ADMIN, "application/json", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        JsonNode issued = json.readTree(rotated.body());
        String newToken = issued.get("token").asText();
        assertThat(newToken).startsWith("trk_").isNotEqualTo(oldToken);
        Instant graceEnd = Instant.parse(issued.get("previousTokenValidUntil").asText());
        assertThat(graceEnd).isBetween(Instant.now().plus(Duration.ofDays(13)), Instant.now().plus(Duration.ofDays(15)));

        // both work now
        assertThat(http.get("/api/v1/partner", Http.bearer(oldToken)).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/v1/partner", Http.bearer(newToken)).statusCode()).isEqualTo(200);
        // the list shows the grace period, never a token
        String list = http.get("/api/admin/partners", ADMIN).body();
        assertThat(list).contains(graceEnd.toString().substring(0, 16)).doesNotContain(newToken).doesNotContain(oldToken);

        // after the grace period only the new one, after its expiry none
        PartnerService afterGrace = serviceAt(graceEnd.plusSeconds(1));
        assertThat(afterGrace.authenticate(oldToken)).isEmpty();
        assertThat(afterGrace.authenticate(newToken)).isPresent();
        assertThat(serviceAt(graceEnd.minusSeconds(1)).authenticate(oldToken)).isPresent();
        Instant newExpiry = Instant.parse(issued.get("expiresAt").asText());
        assertThat(serviceAt(newExpiry.minusSeconds(1)).authenticate(newToken)).isPresent();
        assertThat(serviceAt(newExpiry.plusSeconds(1)).authenticate(newToken)).isEmpty();

        // the audit trail names the administrator, the partner and both lifetimes, never a token
        List<String> trail = jdbc.queryForList("select actor || ' ' || action || ' ' || purpose from trekant_audit_event"
                + " where subject = 'PARTNER' and subject_id = ?", String.class, id);
        assertThat(trail).singleElement().satisfies(entry -> assertThat(entry).startsWith("admin UPDATE Nyt API-token")
                .contains(newExpiry.toString()).contains(graceEnd.toString()).doesNotContain("trk_"));
    }

    @Test
    void rotatingAnUnknownPartnerIs404AndNothingIsWritten() {
        Http http = new Http(port);
        int before = jdbc.queryForObject("select count(*) from trekant_audit_event where subject = 'PARTNER'", Integer.class);
        var answer = http.post("/api/admin/partners/" + UUID.randomUUID() + "/token", ADMIN, "application/json", "");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where subject = 'PARTNER'", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void demoTokensDoNotExpire() {
        assertThat(serviceAt(Instant.now().plus(Duration.ofDays(3650))).authenticate("demo-politi")).isPresent();
    }

    PartnerService serviceAt(Instant now) {
        return new PartnerService(repository, jwts, properties, audit, Clock.fixed(now, ZoneOffset.UTC));
    }
}
