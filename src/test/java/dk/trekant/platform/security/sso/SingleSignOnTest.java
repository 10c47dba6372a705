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
import org.camunda.bpm.engine.IdentityService;
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
        // staff single sign-on against the same identity provider (Keycloak-style group paths in "groups")
        registry.add("trekant.oidc.issuer", IDP::issuer);
        registry.add("trekant.oidc.client-id", () -> TestIdentityProvider.STAFF_CLIENT);
        registry.add("trekant.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("trekant.oidc.groups-claim", () -> "groups");
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient client = HttpClient.newHttpClient();
    String policePartnerId;

    @BeforeAll
    void linkThePoliceSystemToAPartner() throws Exception {
        IDP.allowRedirectsTo(port);
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
        // a partner token opens neither engine-rest nor the staff API, though the staff's issuer issued it
        assertThat(http.get("/engine-rest/task", Http.bearer(token)).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/staff/schools", Http.bearer(token)).statusCode()).isEqualTo(401);
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
        // fetched once per verifier (partners', staff's), again only when a token names a key id the set lacks
        assertThat(IDP.jwkSetRequests()).as("keys are cached").isEqualTo(fetched);
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
        assertThat(jdbc.queryForObject("select count(*) from trekant_audit_event where subject = 'PARTNER' and subject_id = ?"
                + " and purpose like 'OAuth2-klient%'", Integer.class, policePartnerId)).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------
    // Staff: OpenID Connect login to the webapps, staff access tokens on engine-rest and the staff API

    @Test
    void aCoordinatorSignsInToTasklistByAuthorizationCodeAndCamundaKnowsTheGroups() throws Exception {
        BrowserlessLogin login = new BrowserlessLogin(port);
        HttpResponse<String> landed = login.signIn("/camunda/app/tasklist/", "sso-koordinator");
        assertThat(landed.statusCode()).as(login.trail()).isEqualTo(200);
        assertThat(login.trail()).contains(IDP.issuer() + "/oauth2/authorize", "/login/oauth2/code/trekant");
        JsonNode user = json.readTree(login.get("/camunda/api/admin/auth/user/default").body());
        assertThat(user.get("userId").asText()).isEqualTo("sso-koordinator");
        assertThat(user.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
        assertThat(identityService.createGroupQuery().groupMember("sso-koordinator").list())
                .extracting(group -> group.getId()).containsExactly("koordinator");
        // the webapps' engine API works with the coordinator's authorizations: Tasklist's filters
        HttpResponse<String> filters = login.get("/camunda/api/engine/engine/default/filter?resourceType=Task");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("Gruppens opgaver");
        // the dashboard is the leaders': a coordinator's session is refused there
        assertThat(login.get("/dashboard").statusCode()).isEqualTo(403);
    }

    @Test
    void aGroupRemovedAtTheIdentityProviderIsRemovedAtTheNextLogin() throws Exception {
        // as if the IdP had given sso-forebygger "konsulent" before and took it away since
        if (identityService.createUserQuery().userId("sso-forebygger").count() == 0) {
            identityService.saveUser(identityService.newUser("sso-forebygger"));
        }
        identityService.createMembership("sso-forebygger", "konsulent");
        BrowserlessLogin login = new BrowserlessLogin(port);
        assertThat(login.signIn("/camunda/app/tasklist/", "sso-forebygger").statusCode()).isEqualTo(200);
        assertThat(identityService.createGroupQuery().groupMember("sso-forebygger").list())
                .extracting(group -> group.getId()).containsExactly("forebygger");
    }

    @Test
    void aLeaderReachesCockpitAndAUserWithoutTrekantGroupsGetsADanishPage() throws Exception {
        BrowserlessLogin leader = new BrowserlessLogin(port);
        assertThat(leader.signIn("/camunda/app/cockpit/", "sso-leder").statusCode()).isEqualTo(200);
        assertThat(json.readTree(leader.get("/camunda/api/admin/auth/user/default").body()).get("authorizedApps").toString())
                .contains("cockpit");
        // the same session opens the dashboard and the reports, which are the leader's
        assertThat(leader.get("/dashboard").statusCode()).isEqualTo(200);
        assertThat(leader.get("/reports").statusCode()).isEqualTo(200);

        BrowserlessLogin outsider = new BrowserlessLogin(port);
        HttpResponse<String> page = outsider.signIn("/camunda/app/tasklist/", "udenfor");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Ingen adgang til Trekant", "ikke medlem af nogen af Trekants grupper");
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(identityService.createUserQuery().userId("udenfor").count()).isZero();
        assertThat(outsider.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void singleLogoutEndsTheSessionHereAndAtTheIdentityProvider() throws Exception {
        BrowserlessLogin login = new BrowserlessLogin(port);
        assertThat(login.signIn("/camunda/app/tasklist/", "sso-koordinator").statusCode()).isEqualTo(200);
        HttpResponse<String> signedOut = login.follow(URI.create("http://localhost:" + port + "/logout"));
        assertThat(login.trail()).contains(IDP.issuer() + "/connect/logout");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.body()).contains("Du er logget ud");
        assertThat(login.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
        // the identity provider asks for the password again
        HttpResponse<String> again = login.follow(URI.create("http://localhost:" + port + "/camunda/app/tasklist/"));
        assertThat(again.body()).contains("name=\"password\"");
    }

    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/default/logout";

    @Test
    void theWebappsLogOutEndsTheSessionHereAndThenAtTheIdentityProvider() throws Exception {
        BrowserlessLogin login = new BrowserlessLogin(port);
        assertThat(login.signIn("/camunda/app/tasklist/", "sso-koordinator").statusCode()).isEqualTo(200);

        // without the webapps' CSRF header (what a form on another site would post), Camunda refuses the logout
        // (and, by its own rule, drops the session); the provider's session stays: Tasklist signs in again
        // without a password
        HttpResponse<String> forged = login.postFromWebapp(WEBAPP_LOGOUT, false);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Trekant-Single-Logout")).isEmpty();
        HttpResponse<String> again = login.signIn("/camunda/app/tasklist/", "sso-koordinator");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).doesNotContain("name=\"password\"");
        assertThat(login.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

        // Tasklist's "Log ud": the Trekant session ends at once, and the answer names where to go next
        HttpResponse<String> loggedOut = login.postFromWebapp(WEBAPP_LOGOUT, true);
        assertThat(loggedOut.statusCode()).isEqualTo(200);
        assertThat(loggedOut.headers().firstValue("Trekant-Single-Logout")).hasValue("/logout");
        // the ID token (the provider's logout hint) stays on the server
        assertThat(loggedOut.headers().map().toString() + loggedOut.body()).doesNotContain("id_token_hint").doesNotContain("eyJ");
        assertThat(login.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);

        // the webapps' script then opens /logout: the provider's logout with the ID token as hint, the Danish page
        HttpResponse<String> signedOut = login.follow(URI.create("http://localhost:" + port + "/logout"));
        assertThat(login.trail()).contains(IDP.issuer() + "/connect/logout?id_token_hint=");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath()).isEqualTo("/sso/logget-ud");
        assertThat(signedOut.body()).contains("Du er logget ud");
        // signed out at the identity provider: Tasklist asks for the password again
        assertThat(login.follow(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).body())
                .contains("name=\"password\"");
    }

    @Test
    void theReportsAndTheDashboardSendABrowserWithoutASessionToTheIdentityProviderAndApiClientsGet401() throws Exception {
        Http http = new Http(port);
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8";
        for (String path : List.of("/reports", "/reports/monthly/2026-01", "/reports/drafts/1", "/dashboard")) {
            HttpResponse<String> visit = http.get(path, null, browser);
            assertThat(visit.statusCode()).as(path).isEqualTo(302);
            assertThat(visit.headers().firstValue("Location").orElse("")).as(path).endsWith("/oauth2/authorization/trekant");
            record Call(String authorization, String accept) {
            }
            for (Call call : List.of(new Call(null, "application/json"), new Call(null, "*/*"), new Call(null, null),
                    new Call(Http.bearer("ikke-et-token"), "application/json"))) {
                HttpResponse<String> answer = http.get(path, call.authorization(), call.accept());
                assertThat(answer.statusCode()).as(path + " " + call).isEqualTo(401);
                assertThat(answer.headers().firstValue("Content-Type")).as(path + " " + call).hasValue("application/problem+json");
                assertThat(answer.headers().firstValue("Set-Cookie")).as(path + " " + call).isEmpty();
            }
            // credentials that fail are answered, not redirected (a browser reads the Danish refusal page)
            for (String refused : List.of(Http.bearer("ikke-et-token"), Http.basic("ukendt", "forkert"))) {
                HttpResponse<String> answer = http.get(path, refused, browser);
                assertThat(answer.statusCode()).as(path).isEqualTo(401);
                assertThat(answer.headers().firstValue("Location")).as(path).isEmpty();
            }
        }
        // HTTP Basic still opens them (a wrong password would lock "leder" for a few seconds: "ukendt" above)
        assertThat(http.get("/dashboard", Http.basic("leder", "leder"), browser).statusCode()).isEqualTo(200);

        // a leader: the identity provider's login, then back at the dashboard; the session opens the reports too
        BrowserlessLogin leader = new BrowserlessLogin(port);
        HttpResponse<String> dashboard = leader.signIn("/dashboard", "sso-leder");
        assertThat(dashboard.statusCode()).as(leader.trail()).isEqualTo(200);
        assertThat(leader.trail()).contains(IDP.issuer() + "/oauth2/authorize", "/login/oauth2/code/trekant");
        assertThat(dashboard.uri().getPath()).isEqualTo("/dashboard");
        assertThat(dashboard.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        HttpResponse<String> reports = leader.follow(URI.create("http://localhost:" + port + "/reports"));
        assertThat(reports.statusCode()).isEqualTo(200);
        assertThat(reports.uri().getPath()).isEqualTo("/reports");

        // a coordinator comes back to the reports; the dashboard stays the leaders'
        BrowserlessLogin coordinator = new BrowserlessLogin(port);
        HttpResponse<String> published = coordinator.signIn("/reports", "sso-koordinator");
        assertThat(published.statusCode()).as(coordinator.trail()).isEqualTo(200);
        assertThat(published.uri().getPath()).isEqualTo("/reports");
        assertThat(coordinator.follow(URI.create("http://localhost:" + port + "/dashboard")).statusCode()).isEqualTo(403);
    }

    @Test
    void engineRestAndTheStaffApiAcceptTheIssuersStaffAccessTokensBesideBasic() throws Exception {
        Instant expires = Instant.now().plusSeconds(300);
        Http http = new Http(port);
        String coordinator = Http.bearer(IDP.sign(staffClaims("sso-koordinator", List.of("/koordinator"), "trekant", expires)));
        assertThat(http.get("/engine-rest/task", coordinator).statusCode()).isEqualTo(200);
        assertThat(http.get("/engine-rest/task", Http.basic("koordinator", "koordinator")).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/admin/partners", coordinator).statusCode()).isEqualTo(403);
        for (String refused : List.of(
                IDP.sign(staffClaims("sso-koordinator", List.of("/koordinator"), "en-anden-app", expires)),
                IDP.sign(staffClaims("sso-koordinator", List.of("/koordinator"), "trekant", Instant.now().minusSeconds(600))),
                TestIdentityProvider.signWithForeignKey(staffClaims("sso-koordinator", List.of("/koordinator"), "trekant", expires)),
                // the webapps' ID token: same issuer, audience (the client id) and groups, but no grant to call the API
                IDP.sign(idTokenClaims("sso-koordinator", List.of("/koordinator"), "trekant", expires)),
                // without its nonce still no access token: it grants no scope
                IDP.sign(Map.of("iss", IDP.issuer(), "sub", "sso-koordinator", "groups", List.of("/koordinator"),
                        "aud", List.of("trekant"), "iat", expires.minusSeconds(900), "exp", expires)),
                // Keycloak marks its ID tokens typ=ID
                IDP.sign(Map.of("iss", IDP.issuer(), "sub", "sso-koordinator", "groups", List.of("/koordinator"), "typ", "ID",
                        "scope", "openid", "aud", List.of("trekant"), "iat", expires.minusSeconds(900), "exp", expires)))) {
            HttpResponse<String> answer = http.get("/engine-rest/task", Http.bearer(refused));
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        // an administrator's token: the audit trail names the IdP subject
        String admin = Http.bearer(IDP.sign(staffClaims("sso-admin", List.of("/kommune/it/camunda-admin"), "trekant", expires)));
        HttpResponse<String> rotated = http.post("/api/admin/partners/" + policePartnerId + "/token", admin, "application/json", "");
        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(201);
        assertThat(jdbc.queryForList("select actor from trekant_audit_event where subject = 'PARTNER' and subject_id = ?",
                String.class, policePartnerId)).contains("sso-admin");
    }

    /** The single sign-on endpoints (only there when it is on) × anonymous, partner token, local user. */
    @Test
    void theSingleSignOnEndpointsAnswerAsDesigned() throws Exception {
        Http http = new Http(port);
        String partner = Http.bearer("demo-politi");
        record Row(String path, String authorization, int status, String location) {
        }
        for (Row row : List.of(
                new Row("/sso/ingen-adgang", null, 403, null),
                new Row("/sso/logget-ud", null, 200, null),
                new Row("/sso/fejl", null, 401, null),
                new Row("/oauth2/authorization/trekant", null, 302, IDP.issuer() + "/oauth2/authorize"),
                new Row("/login/oauth2/code/trekant?code=x&state=y", null, 302, "/sso/fejl"),
                new Row("/camunda/app/tasklist/", null, 302, "/oauth2/authorization/trekant"),
                new Row("/camunda/app/cockpit/", partner, 302, "/oauth2/authorization/trekant"),
                new Row("/camunda/api/admin/auth/user/default", null, 401, null),
                new Row("/camunda/api/engine/engine/default/task", partner, 401, null),
                new Row("/camunda/api/engine/engine/default/task", Http.basic("koordinator", "koordinator"), 401, null))) {
            HttpResponse<String> answer = http.get(row.path(), row.authorization(), "text/html");
            assertThat(answer.statusCode()).as(row.path()).isEqualTo(row.status());
            if (row.location() != null) {
                assertThat(answer.headers().firstValue("Location").orElse("")).as(row.path()).contains(row.location());
            }
            if (row.path().startsWith("/sso/")) {
                assertThat(answer.body()).as(row.path()).contains("<html lang=\"da\">");
            }
        }
        // the session cookie comes back with the navigation from the identity provider (another site): Lax, not Strict
        assertThat(new Http(port).get("/camunda/app/tasklist/", null, "text/html").headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax").contains("HttpOnly"));
        // with single sign-on on, the local users' login form of the webapps is closed
        assertThat(http.webappLogin("tasklist", "koordinator", "koordinator").statusCode()).isEqualTo(401);
    }

    static Map<String, Object> staffClaims(String subject, List<String> groups, String audience, Instant expires) {
        return Map.of("iss", IDP.issuer(), "sub", subject, "groups", groups, "aud", List.of(audience),
                "iat", expires.minusSeconds(900), "exp", expires, "scope", "openid profile");
    }

    /** What the identity provider puts in the webapps' ID token: the same issuer, audience and groups, no scopes. */
    static Map<String, Object> idTokenClaims(String subject, List<String> groups, String audience, Instant expires) {
        return Map.of("iss", IDP.issuer(), "sub", subject, "groups", groups, "aud", List.of(audience), "azp", audience,
                "nonce", "n-0S6_WzA2Mj", "auth_time", expires.minusSeconds(900).getEpochSecond(), "iat", expires.minusSeconds(900), "exp", expires);
    }

    static Map<String, Object> claims(String issuer, String clientId, Instant expires) {
        return Map.of("iss", issuer, "sub", clientId, "client_id", clientId, "aud", List.of(TestIdentityProvider.AUDIENCE),
                "iat", expires.minusSeconds(900), "exp", expires);
    }
}
