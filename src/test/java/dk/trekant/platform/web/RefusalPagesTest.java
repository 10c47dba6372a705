package dk.trekant.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * Both sides of the content negotiation for refusals: a person's browser asking for a page gets a
 * Danish HTML page with a way on; API clients (asking for JSON, or on /api/**, /engine-rest/**) keep
 * application/problem+json. And the favicon and logo the pages and webapps show.
 */
@TrekantTest
class RefusalPagesTest {

    /** What Chromium sends for a page. */
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
    private static final String FOREBYGGER = Http.basic("forebygger", "forebygger");
    private static final String LEDER = Http.basic("leder", "leder");

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aPreventerOpeningTheDashboardInABrowserGetsADanishPageWithAWayOn() {
        HttpResponse<String> page = new Http(port).get("/dashboard", FOREBYGGER, BROWSER);
        assertThat(page.statusCode()).isEqualTo(403);
        assertDanishPage(page);
        assertThat(page.body()).contains("Du har ikke adgang til siden", "ledelsens overblik er for eksempel kun for ledere",
                "href=\"/camunda/app/tasklist/\"", "Til dine opgaver", "Fejlkode 403");
    }

    @Test
    void aBrowserWithoutCredentialsIsAskedToLogInInDanishAndKeepsTheBasicChallenge() {
        HttpResponse<String> page = new Http(port).get("/dashboard", null, BROWSER);
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Trekant\"");
        assertDanishPage(page);
        assertThat(page.body()).contains("Du skal logge ind");
    }

    @Test
    void anUnknownPageIsADanishNotFoundPageForABrowserAndProblemJsonForAClient() throws Exception {
        Http http = new Http(port);
        HttpResponse<String> page = http.get("/dashboard/findes-ikke", LEDER, BROWSER);
        assertThat(page.statusCode()).isEqualTo(404);
        assertDanishPage(page);
        assertThat(page.body()).contains("Siden findes ikke").doesNotContain("findes-ikke");

        assertProblem(http.get("/dashboard/findes-ikke", LEDER, "application/json"), 404);
        assertProblem(http.get("/reports/findes-ikke", LEDER, null), 404);
        HttpResponse<String> report = http.get("/reports/findes-ikke", LEDER, BROWSER);
        assertThat(report.statusCode()).isEqualTo(404);
        assertDanishPage(report);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/problem+json", "application/json, text/html", "*/*"})
    void clientsAskingForJsonOrAnythingKeepProblemJson(String accept) throws Exception {
        assertProblem(new Http(port).get("/dashboard", FOREBYGGER, accept), 403);
    }

    @Test
    void theApisAnswerProblemJsonEvenToABrowser() throws Exception {
        Http http = new Http(port);
        assertProblem(http.get("/api/v1/section115-notifications/00000000-0000-0000-0000-000000000000", null, BROWSER), 401);
        assertProblem(http.get("/api/v1/findes-ikke", Http.bearer("demo-politi"), BROWSER), null);
        assertProblem(http.get("/engine-rest/task", null, BROWSER), 401);
        assertProblem(http.get("/api/staff/cases/KPT-0000-00000/audit", FOREBYGGER, BROWSER), null);
    }

    @Test
    void theFaviconAndTheLogoAreServedToEveryone() {
        Http http = new Http(port);
        HttpResponse<String> favicon = http.get("/favicon.ico", null, "image/avif,image/webp,image/*,*/*;q=0.8");
        assertThat(favicon.statusCode()).isEqualTo(200);
        assertThat(favicon.headers().firstValue("Content-Type").orElse("")).startsWith("image/");
        assertThat(http.get("/camunda/favicon.ico", null).statusCode()).isEqualTo(200);
        HttpResponse<String> logo = http.get("/camunda/assets/trekant-logo.svg", null);
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.body()).contains("<svg", "Trekant");
        assertThat(http.get("/camunda/assets/trekant-sider.css", null).statusCode()).isEqualTo(200);
        // One brand stylesheet, imported by every webapp's user styles.
        HttpResponse<String> brand = http.get("/camunda/assets/trekant-brand.css", null);
        assertThat(brand.statusCode()).isEqualTo(200);
        assertThat(brand.body()).contains("url('trekant-logo.svg')", "url('trekant-mark.svg')");
        for (String app : new String[] {"admin", "cockpit", "tasklist", "welcome"}) {
            assertThat(http.get("/camunda/app/" + app + "/styles/user-styles.css", null).body()).as(app)
                    .contains("@import url('../../../assets/trekant-brand.css');");
        }
    }

    @Test
    void theServerErrorPageSaysNothingWasHalfStoredAndOffersAWayOn() {
        String page = RefusalPages.html(500);
        assertThat(page).contains("<html lang=\"da\">", "Der opstod en fejl", "Intet er gemt halvt", "Til forsiden",
                "Fejlkode 500");
    }

    private static void assertDanishPage(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.headers().allValues("Content-Security-Policy")).contains(RefusalPages.CSP);
        assertThat(page.body()).contains("<html lang=\"da\">", "href=\"/\"", "trekant-logo.svg")
                .doesNotContain("Forbidden", "Unauthorized", "Not Found", "\"title\"");
    }

    /** A problem+json answer with the status (null: any 4xx). */
    private void assertProblem(HttpResponse<String> response, Integer status) throws Exception {
        assertThat(response).isNotNull();
        if (status != null) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        } else {
            assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
        }
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(response.statusCode());
    }
}
