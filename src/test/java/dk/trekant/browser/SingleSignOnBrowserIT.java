package dk.trekant.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dk.trekant.platform.security.sso.TestIdentityProvider;

/**
 * Staff single sign-on in Debian's headless Chromium: a coordinator and a leader (who starts at the dashboard)
 * sign in by authorization code at the identity provider (Spring Authorization Server in the test JVM), see their
 * groups' filters, and sign out of both with the webapps' own "Log ud" (single logout: Trekant's session and
 * the identity provider's end, and Trekant's Danish signed-out page shows). (The Danish page for a user without Trekant's
 * groups is checked over plain HTTP in SingleSignOnTest, to keep browser time down.) A Spring context of its own (tag own-context: its own failsafe JVM, see pom.xml).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("own-context")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnBrowserIT {

    static final TestIdentityProvider IDP = TestIdentityProvider.start();
    static final String TREKANT_HOST = "127.0.0.1";

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("trekant.oidc.issuer", IDP::issuer);
        registry.add("trekant.oidc.client-id", () -> TestIdentityProvider.STAFF_CLIENT);
        registry.add("trekant.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add("trekant.oidc.groups-claim", () -> "groups");
    }

    @LocalServerPort
    int port;

    @BeforeAll
    void allowRedirects() {
        IDP.allowRedirectsTo(port);
    }

    @AfterAll
    void stopIdentityProvider() {
        IDP.close();
    }

    /** Opens a page of Trekant's, which sends the browser to the identity provider's login form, and signs in there. */
    void signIn(Browser browser, String path, String user) {
        browser.open(path);
        browser.visible(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(user);
        browser.screenshot("idp-login");
        browser.click(By.cssSelector("button[type=submit]"));
    }

    /** Camunda's own "Log ud" in the header's user menu of any webapp. */
    static void logOutInTheWebapp(Browser browser) {
        browser.click(By.cssSelector("li.account.dropdown > a.dropdown-toggle"));
        browser.click(By.cssSelector("li.logout > a"));
    }

    @Test
    void aCoordinatorAndALeaderSignInToTasklistAndTheWebappsLogOutEndsBothSessions() {
        for (String user : new String[] {"sso-koordinator", "sso-leder"}) {
            // Trekant as 127.0.0.1, the identity provider as localhost: two sites, as Trekant and Entra ID are
            // (the way back from the provider is a cross-site navigation; the session cookie must come along)
            try (Browser browser = new Browser(TREKANT_HOST, port, "sso-" + user)) {
                if (user.equals("sso-leder")) {
                    // the leader starts at the dashboard: the identity provider's login, then back at the dashboard
                    signIn(browser, "/dashboard", user);
                    browser.waitForText("Ledelsens overblik");
                    // its figures come with the same session (/dashboard/data)
                    browser.waitForText("Periode: ");
                    assertThat(browser.text()).doesNotContain("Tallene kunne ikke hentes");
                    assertThat(browser.driver.getCurrentUrl()).startsWith("http://" + TREKANT_HOST + ":" + port + "/dashboard");
                    browser.screenshot("dashboard");
                    browser.open("/camunda/app/tasklist/");
                } else {
                    signIn(browser, "/camunda/app/tasklist/", user);
                }
                browser.visible(By.partialLinkText("Gruppens opgaver"));
                assertThat(browser.driver.getCurrentUrl()).startsWith("http://" + TREKANT_HOST + ":" + port + "/camunda/app/tasklist/");
                assertThat(browser.text()).contains("Mine opgaver", "Gruppens opgaver");
                if (user.equals("sso-leder")) {
                    assertThat(browser.text()).contains("Alle opgaver");
                    // the leader logs out in Cockpit, the coordinator in Tasklist
                    browser.open("/camunda/app/cockpit/default/");
                    browser.visible(By.cssSelector("li.account.dropdown > a.dropdown-toggle"));
                } else {
                    assertThat(browser.text()).doesNotContain("Alle opgaver");
                }
                browser.screenshot("logget-ind");

                logOutInTheWebapp(browser);
                // the identity provider's logout, then Trekant's Danish page
                browser.until(driver -> driver.getCurrentUrl().endsWith("/sso/logget-ud"));
                browser.waitForText("Du er logget ud af Trekant og af kommunens login.");
                assertThat(browser.driver.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("da");
                browser.screenshot("logget-ud");
                // signed out at the identity provider too: the webapps ask for the password again
                browser.click(By.linkText("Log ind igen"));
                browser.visible(By.id("password"));
                assertThat(browser.driver.getCurrentUrl()).startsWith(IDP.issuer());
            }
        }
    }
}
