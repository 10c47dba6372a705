package dk.trekant.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The time zone is one setting ({@code trekant.calendar.zone}, read through {@link TrekantZone}): no
 * code names a zone of its own.
 */
class OneTimeZoneSettingTest {

    @Test
    void noCodeNamesAZoneOfItsOwn() throws IOException {
        try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
            List<Path> naming = files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> !path.endsWith("TrekantZone.java"))
                    .filter(OneTimeZoneSettingTest::namesAZone)
                    .toList();
            assertThat(naming).as("files that name a time zone instead of reading trekant.calendar.zone").isEmpty();
        }
        assertThat(namesAZone(Paths.get("src/main/java/dk/trekant/platform/time/TrekantZone.java")))
                .as("the scan sees the one place that does").isTrue();
    }

    private static boolean namesAZone(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("\"Europe/") || source.contains("ZoneId.of(\"");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
