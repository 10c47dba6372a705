package dk.trekant.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dk.trekant.platform.identity.IdentityBootstrap;
import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

@TrekantTest
class SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityBootstrap identity;

    /** Wrong passwords lock a user for a few seconds (Camunda's brute-force delay): use a user of its own. */
    @BeforeEach
    void userForWrongPasswords() {
        identity.ensureUser("vikar", "vikar", "Vera", "Vikar", null, "koordinator");
    }

    Http http() {
        return new Http(port);
    }

    @Test
    void engineRestRefusesAnonymousRequests() {
        for (String path : new String[] {"/engine-rest/process-definition", "/engine-rest/user", "/engine-rest/task",
                "/engine-rest/engine", "/engine-rest/deployment/create"}) {
            assertThat(http().get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        HttpResponse<String> response = http().get("/engine-rest/process-definition", null);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Trekant\"");
    }

    @Test
    void engineRestAcceptsStaffAndAppliesCamundaAuthorizations() {
        assertThat(http().get("/engine-rest/process-definition", Http.basic("koordinator", "koordinator")).statusCode())
                .isEqualTo(200);
        assertThat(http().get("/engine-rest/process-definition", Http.basic("vikar", "wrong")).statusCode())
                .isEqualTo(401);
        // Reading the user list needs READ on USER, which staff have; creating users needs CREATE, which only admins have.
        HttpResponse<String> create = http().postJson("/engine-rest/user/create", Http.basic("koordinator", "koordinator"),
                "{\"profile\":{\"id\":\"mallory\"},\"credentials\":{\"password\":\"mallory\"}}");
        assertThat(create.statusCode()).isEqualTo(403);
        HttpResponse<String> asAdmin = http().get("/engine-rest/authorization/count", Http.basic("admin", "admin"));
        assertThat(asAdmin.statusCode()).isEqualTo(200);
    }

    @Test
    void partnerTokensDoNotOpenEngineRestOrTheWebapps() {
        String token = Http.bearer("demo-politi");
        assertThat(http().get("/engine-rest/process-definition", token).statusCode()).isEqualTo(401);
        assertThat(http().get("/engine-rest/task", token).statusCode()).isEqualTo(401);
        assertThat(http().get("/camunda/api/engine/engine/default/process-definition", token).statusCode()).isEqualTo(401);
        assertThat(http().get("/camunda/app/tasklist/", token).statusCode()).isEqualTo(401);
        assertThat(http().get("/camunda/api/engine/engine/default/process-definition", null).statusCode())
                .isIn(401, 403);
    }

    @Test
    void everyStaffMemberCanLogIntoTasklist() {
        for (String user : new String[] {"koordinator", "forebygger", "konsulent", "leder", "socialraadgiver", "admin"}) {
            assertThat(http().webappLogin("tasklist", user, user).statusCode()).as(user).isEqualTo(200);
        }
        assertThat(http().webappLogin("tasklist", "vikar", "forkert").statusCode()).isIn(401, 403);
    }

    @Test
    void onlyLeadersAndAdministratorsReachCockpit() {
        assertThat(http().webappLogin("cockpit", "leder", "leder").statusCode()).isEqualTo(200);
        assertThat(http().webappLogin("cockpit", "admin", "admin").statusCode()).isEqualTo(200);
        for (String user : new String[] {"forebygger", "koordinator", "konsulent", "socialraadgiver"}) {
            assertThat(http().webappLogin("cockpit", user, user).statusCode()).as(user).isIn(401, 403);
        }
        assertThat(http().webappLogin("admin", "leder", "leder").statusCode()).isIn(401, 403);
        assertThat(http().webappLogin("admin", "admin", "admin").statusCode()).isEqualTo(200);
    }

    /** Without single sign-on (local users), "Log ud" is Camunda's own, and there is no /logout or IdP redirect. */
    @Test
    void withLocalUsersTheWebappsLogoutIsCamundasOwn() {
        Http browser = http();
        assertThat(browser.webappLogin("tasklist", "koordinator", "koordinator").statusCode()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default", null).statusCode()).isEqualTo(200);
        HttpResponse<String> loggedOut = browser.webappLogout();
        assertThat(loggedOut.statusCode()).isEqualTo(200);
        assertThat(loggedOut.headers().firstValue("Trekant-Single-Logout")).isEmpty();
        assertThat(browser.get("/camunda/api/admin/auth/user/default", null).statusCode()).isIn(401, 404);
        assertThat(http().get("/logout", null, "text/html").statusCode()).isEqualTo(401);
        // no identity provider to come back from: the session cookie stays Strict
        assertThat(http().get("/camunda/app/tasklist/", null, "text/html").headers().allValues("Set-Cookie"))
                .filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("SameSite=Strict"));
        HttpResponse<String> report = http().get("/reports", null, "text/html");
        assertThat(report.statusCode()).isEqualTo(401);
        assertThat(report.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void partnerApiAnswersEveryBadTokenAlikeWithProblemJson() {
        HttpResponse<String> missing = http().get("/api/v1/partner", null);
        HttpResponse<String> malformed = http().get("/api/v1/partner", "Bearer ");
        HttpResponse<String> wrongScheme = http().get("/api/v1/partner", Http.basic("demo-politi", "demo-politi"));
        HttpResponse<String> unknown = http().get("/api/v1/partner", Http.bearer("trk_no-such-token"));
        HttpResponse<String> staff = http().get("/api/v1/partner", Http.basic("koordinator", "koordinator"));
        for (HttpResponse<String> response : java.util.List.of(missing, malformed, wrongScheme, unknown, staff)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).isEqualTo(missing.body());
        }
        assertThat(missing.body()).contains("\"status\":401");
    }

    @Test
    void partnerApiAdmitsOnlyTheNamedPartnerKinds() {
        HttpResponse<String> me = http().get("/api/v1/partner", Http.bearer("demo-skole"));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"name\":\"demo-skole\"").contains("\"kind\":\"SCHOOL\"");

        assertThat(http().get("/api/v1/test-police-only", Http.bearer("demo-politi")).statusCode()).isEqualTo(200);
        HttpResponse<String> school = http().get("/api/v1/test-police-only", Http.bearer("demo-skole"));
        assertThat(school.statusCode()).isEqualTo(403);
        assertThat(school.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void administratorsCreatePartnersAndSeeTheTokenOnce() {
        String admin = Http.basic("admin", "admin");
        HttpResponse<String> created = http().postJson("/api/admin/partners", admin,
                "{\"name\":\"Vestegnens Politi\",\"kind\":\"POLICE\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        String token = created.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(token).startsWith("trk_").hasSizeGreaterThan(40);

        HttpResponse<String> me = http().get("/api/v1/partner", Http.bearer(token));
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Vestegnens Politi");

        HttpResponse<String> list = http().get("/api/admin/partners", admin);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Vestegnens Politi").doesNotContain(token).doesNotContain("token");

        HttpResponse<String> again = http().postJson("/api/admin/partners", admin,
                "{\"name\":\"Vestegnens Politi\",\"kind\":\"POLICE\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"name\"");
    }

    @Test
    void partnerAdministrationRejectsBadInputAndNonAdministrators() {
        String admin = Http.basic("admin", "admin");
        HttpResponse<String> badKind = http().postJson("/api/admin/partners", admin, "{\"name\":\"X\",\"kind\":\"PIRATE\"}");
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(badKind.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(badKind.body()).contains("\"field\":\"kind\"");

        HttpResponse<String> missing = http().postJson("/api/admin/partners", admin,
                "{\"kind\":\"SCHOOL\",\"municipalityCode\":\"12\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("\"field\":\"name\"").contains("\"field\":\"municipalityCode\"");

        HttpResponse<String> malformed = http().postJson("/api/admin/partners", admin, "{\"name\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> wrongType = http().post("/api/admin/partners", admin, "text/plain", "hej");
        assertThat(wrongType.statusCode()).isEqualTo(415);

        assertThat(http().postJson("/api/admin/partners", Http.basic("leder", "leder"),
                "{\"name\":\"Y\",\"kind\":\"SCHOOL\"}").statusCode()).isEqualTo(403);
        assertThat(http().postJson("/api/admin/partners", null, "{\"name\":\"Y\",\"kind\":\"SCHOOL\"}").statusCode())
                .isEqualTo(401);
        assertThat(http().postJson("/api/admin/partners", Http.bearer("demo-politi"),
                "{\"name\":\"Y\",\"kind\":\"SCHOOL\"}").statusCode()).isEqualTo(401);
        assertThat(http().get("/api/admin/partners", admin).body()).doesNotContain("\"Y\"");
    }

    @Test
    void onlyHealthInfoAndApiDocsArePublic() {
        assertThat(http().get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(http().get("/actuator/info", null).statusCode()).isEqualTo(200);
        assertThat(http().get("/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(http().get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/prometheus", Http.basic("leder", "leder")).statusCode()).isEqualTo(403);
        assertThat(http().get("/actuator/prometheus", Http.basic("admin", "admin")).statusCode()).isEqualTo(200);
        assertThat(http().get("/actuator/env", null).statusCode()).isIn(401, 403);
        assertThat(http().get("/h2-console", null).statusCode()).isIn(401, 403);
        assertThat(http().get("/anything-else", null).statusCode()).isIn(401, 403);
    }

    @Test
    void rootRedirectsToTheWebapps() {
        HttpResponse<String> root = http().get("/", null);
        assertThat(root.statusCode()).isBetween(301, 302);
        assertThat(root.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/");
    }
}
