package dk.trekant.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * H2 delays writing commits by default (WRITE_DELAY 500 ms): a kill -9 then loses work that was
 * already answered 2xx. Trekant's default URL turns that off; this holds it so.
 */
class DurableH2SettingTest {

    @Test
    void theDefaultDatabaseWritesEveryCommitAtOnce(@TempDir Path directory) throws Exception {
        PropertySource<?> yaml = new YamlPropertySourceLoader()
                .load("application", new ClassPathResource("application.yaml")).get(0);
        String configured = (String) yaml.getProperty("spring.datasource.url");
        // ${TREKANT_DB_URL:<default>}: take the default, and put the file in a temporary folder.
        String url = configured.substring(configured.indexOf(':') + 1, configured.length() - 1)
                .replace("./data/trekant", directory.resolve("trekant").toString());
        assertThat(url).startsWith("jdbc:h2:file:").contains("WRITE_DELAY=0");

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet setting = connection.createStatement().executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }
}
