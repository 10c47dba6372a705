package dk.trekant.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every webapp loads Trekant's single-logout script, served by Trekant itself (what it does in the
 * browser: SingleSignOnBrowserIT; the server's side: SingleSignOnTest).
 */
class SingleLogoutScriptTest {

    private static final String WEBJAR = "META-INF/resources/webjars/camunda/";

    private static String resource(String path) throws IOException {
        try (InputStream in = SingleLogoutScriptTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyWebappLoadsTheSingleLogoutScript(String app) throws IOException {
        assertThat(resource(WEBJAR + "app/" + app + "/scripts/config.js"))
                .containsPattern("customScripts: \\[[^\\]]*'\\.\\./\\.\\./assets/trekant-single-logout'");
    }

    @org.junit.jupiter.api.Test
    void theScriptFollowsOnlyTrekantsOwnAddressesAndLoadsNothing() throws IOException {
        String script = resource(WEBJAR + "assets/trekant-single-logout.js");
        assertThat(script).doesNotContain("http://").doesNotContain("https://").doesNotContain("import(")
                .contains("'Trekant-Single-Logout'").contains("charAt(1) !== '/'");
    }
}
