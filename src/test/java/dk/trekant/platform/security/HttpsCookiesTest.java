package dk.trekant.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Behind HTTPS (TREKANT_HTTPS=true) the webapps' CSRF and session cookies carry Secure; Trekant's
 * own API answers forbid loading, running and framing anything, and never carry a stack trace.
 */
@TrekantTest
@TestPropertySource(properties = "TREKANT_HTTPS=true")
@Tag("own-context")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HttpsCookiesTest {

    @LocalServerPort
    int port;

    @Test
    void webappCookiesAreSecureBehindHttps() {
        Http http = new Http(port);
        HttpResponse<String> app = http.get("/camunda/app/tasklist/", null);
        List<String> cookies = app.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("SameSite"));
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
        // and so a plain-HTTP client, which must not send Secure cookies back, cannot log in
        assertThat(http.webappLogin("tasklist", "koordinator", "koordinator").statusCode()).isEqualTo(403);
    }

    @Test
    void apiAnswersCarrySecurityHeadersAndNoStackTrace() {
        Http http = new Http(port);
        for (HttpResponse<String> answer : List.of(http.get("/api/v1/partner", Http.bearer("demo-politi")),
                http.get("/api/v1/partner", null),
                http.postJson("/api/v1/section115-notifications", Http.bearer("demo-politi"), "{\"reference\":"),
                http.get("/api/admin/partners", Http.basic("admin", "admin")))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("trace");
        }
    }
}
