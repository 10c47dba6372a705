package dk.trekant.platform.security.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;

/**
 * Sign-in the municipality's way against a real OpenID Connect / OAuth2 server in the test JVM
 * ({@link TestIdentityProvider}): partners with OAuth2 client credentials, and what is refused (an
 * expired token, a token for another audience, a token of an untrusted issuer or signed by an unknown
 * key, a client that acts for no partner). All tests that need the identity provider are in this one
 * class: one Spring context (its own JVM, tag own-context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("own-context")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnTest {

    static final TestIdentityProvider IDP = TestIdentityProvider.start();
    static final String UNTRUSTED_ISSUER = "http://localhost:1/realms/fremmed";
    static final String ADMIN = Http.basic("admin", "admin");

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        // two trusted issuers: the running one (keys found through its discovery document) and another
        registry.add("trekant.partner.oauth2.issuers[0].issuer", IDP::issuer);
        registry.add("trekant.partner.oauth2.issuers[0].audience", () -> TestIdentityProvider.AUDIENCE);
        registry.add("trekant.partner.oauth2.issuers[1].issuer", () -> "https://login.partner.example/realms/partnere");
        registry.add("trekant.partner.oauth2.issuers[1].jwk-set-uri",
                () -> "https://login.partner.example/realms/partnere/protocol/openid-connect/certs");
        registry.add("trekant.partner.oauth2.issuers[1].audience", () -> "trekant");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client = HttpClient.newHttpClient();
    String policePartnerId;

    @BeforeAll
    void linkThePoliceSystemToAPartner() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> created = http.postJson("/api/admin/partners", ADMIN,
                "{\"name\":\"Politikreds OAuth\",\"kind\":\"POLICE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        policePartnerId = json.readTree(created.body()).at("/partner/id").asText();
        HttpResponse<String> linked = http.putJson("/api/admin/partners/" + policePartnerId + "/oauth-client", ADMIN,
                "{\"issuer\":\"" + IDP.issuer() + "\",\"clientId\":\"" + TestIdentityProvider.PARTNER_CLIENT + "\"}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        // the other client is linked too, so that only its tokens' audience keeps it out
        String other = json.readTree(http.postJson("/api/admin/partners", ADMIN,
                "{\"name\":\"Anden app\",\"kind\":\"SCHOOL\"}").body()).at("/partner/id").asText();
        assertThat(http.putJson("/api/admin/partners/" + other + "/oauth-client", ADMIN, "{\"issuer\":\"" + IDP.issuer()
                + "\",\"clientId\":\"" + TestIdentityProvider.OTHER_AUDIENCE_CLIENT + "\"}").statusCode()).isEqualTo(200);
    }

    @AfterAll
    void stopIdentityProvider() {
        IDP.close();
    }

    /** An access token from the identity provider's token endpoint (client credentials, HTTP Basic). */
    String clientCredentials(String clientId) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(IDP.issuer() + "/oauth2/token"))
                .header("Authorization", Http.basic(clientId, TestIdentityProvider.CLIENT_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("access_token").asText();
    }

    @Test
    void aPartnerSystemSignsInWithClientCredentialsAsItsPartnerAndKind() throws Exception {
        String token = clientCredentials(TestIdentityProvider.PARTNER_CLIENT);
        Http http = new Http(port);
        HttpResponse<String> me = http.get("/api/v1/partner", Http.bearer(token));
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode partner = json.readTree(me.body());
        assertThat(partner.get("name").asText()).isEqualTo("Politikreds OAuth");
        assertThat(partner.get("kind").asText()).isEqualTo("POLICE");
        // its kind decides what it may do: the police may not raise a school's concern
        assertThat(http.postJson("/api/v1/concerns", Http.bearer(token), "{}").statusCode()).isEqualTo(403);
        // a partner token opens neither engine-rest nor the staff API
        assertThat(http.get("/engine-rest/task", Http.bearer(token)).statusCode()).isEqualTo(401);
    }

    @Test
    void refusedTokensAreAnswered401WithProblemJson() throws Exception {
        Instant now = Instant.now();
        Map<String, String> refused = Map.of(
                "wrong audience", clientCredentials(TestIdentityProvider.OTHER_AUDIENCE_CLIENT),
                "expired", IDP.sign(claims(IDP.issuer(), TestIdentityProvider.PARTNER_CLIENT, now.minusSeconds(600))),
                "untrusted issuer", TestIdentityProvider.signWithForeignKey(
                        claims(UNTRUSTED_ISSUER, TestIdentityProvider.PARTNER_CLIENT, now.plusSeconds(300))),
                "trusted issuer, unknown key", TestIdentityProvider.signWithForeignKey(
                        claims(IDP.issuer(), TestIdentityProvider.PARTNER_CLIENT, now.plusSeconds(300))),
                "client of no partner", IDP.sign(claims(IDP.issuer(), "ukendt-klient", now.plusSeconds(300))),
                "malformed", "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.AAAA");
        Http http = new Http(port);
        refused.forEach((why, token) -> {
            HttpResponse<String> answer = http.get("/api/v1/partner", Http.bearer(token));
            assertThat(answer.statusCode()).as(why).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).as(why).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).as(why).hasValue("Bearer");
        });
        // the same claims, signed by the identity provider and unexpired, are accepted
        assertThat(http.get("/api/v1/partner", Http.bearer(IDP.sign(claims(IDP.issuer(), TestIdentityProvider.PARTNER_CLIENT,
                now.plusSeconds(300))))).statusCode()).isEqualTo(200);
        // a token expired less than the clock skew ago (30 s) still passes; the skew is bounded
        assertThat(http.get("/api/v1/partner", Http.bearer(IDP.sign(claims(IDP.issuer(), TestIdentityProvider.PARTNER_CLIENT,
                now.minusSeconds(10))))).statusCode()).isEqualTo(200);
    }

    @Test
    void signingKeysAreFetchedOnceAndAJwtCostsLittlePerRequest() throws Exception {
        String token = clientCredentials(TestIdentityProvider.PARTNER_CLIENT);
        Http http = new Http(port);
        assertThat(http.get("/api/v1/partner", Http.bearer(token)).statusCode()).isEqualTo(200);
        int fetched = IDP.jwkSetRequests();
        int requests = 300;
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            assertThat(http.get("/api/v1/partner", Http.bearer(token)).statusCode()).isEqualTo(200);
        }
        double millis = (System.nanoTime() - start) / 1e6 / requests;
        start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            assertThat(http.get("/api/v1/partner", Http.bearer("demo-politi")).statusCode()).isEqualTo(200);
        }
        double staticMillis = (System.nanoTime() - start) / 1e6 / requests;
        System.out.printf("Partner JWT: %.2f ms per request, static token: %.2f ms (%d requests each, keys fetched %d time(s))%n",
                millis, staticMillis, requests, IDP.jwkSetRequests());
        // fetched once, and once more at most when a token named a key id the set did not have
        assertThat(IDP.jwkSetRequests()).as("keys are cached").isEqualTo(fetched).isLessThanOrEqualTo(2);
        assertThat(millis).as("no password hash per request").isLessThan(50);
    }

    @Test
    void linkingAClientOfAnUntrustedIssuerIsRefusedNamingTheField() throws Exception {
        HttpResponse<String> answer = new Http(port).putJson("/api/admin/partners/" + policePartnerId + "/oauth-client", ADMIN,
                "{\"issuer\":\"" + UNTRUSTED_ISSUER + "\",\"clientId\":\"x\"}");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("issuer");
        assertThat(jdbc.queryForObject("select oauth_issuer from trekant_partner where id = ?", String.class,
                UUID.fromString(policePartnerId))).isEqualTo(IDP.issuer());
        assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where subject = 'PARTNER' and subject_id = ?",
                Integer.class, policePartnerId)).isEqualTo(1);
    }

    static Map<String, Object> claims(String issuer, String clientId, Instant expires) {
        return Map.of("iss", issuer, "sub", clientId, "client_id", clientId, "aud", List.of(TestIdentityProvider.AUDIENCE),
                "iat", expires.minusSeconds(900), "exp", expires);
    }
}
