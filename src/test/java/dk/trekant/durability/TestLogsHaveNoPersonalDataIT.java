package dk.trekant.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.trekant.privacy.Cpr;

/**
 * Runs after the unit and Spring tests (failsafe) and reads the log output of the whole test run
 * (target/surefire-reports/*-output.txt): no CPR number may appear in it — neither a real-looking
 * one in DDMMYY-SSSS form, nor any CPR number the tests' sources use, in either form — and none of
 * the names, schools and free texts that the tests send as personal data (among them the youth with
 * thirty notifications of 4,000 characters, and the routing failures of the dead-letter test).
 */
class TestLogsHaveNoPersonalDataIT {

    /** Names, schools and incident texts of the tests' persons, as the partner API receives them. */
    static final List<String> PERSONAL_DATA = List.of("Historik", "Hændelse 30 på stationen", "Parkvejens Skole",
            "Slagsmål ved stationen", "Test Barn", "Router Test");

    private static final Pattern DASHED = Pattern.compile("(?<![0-9A-Za-z-])(\\d{6}-\\d{4})(?![0-9A-Za-z-])");
    private static final Pattern LITERAL = Pattern.compile("\"(\\d{6}-?\\d{4})\"");

    @Test
    void theTestRunLoggedNoCprNumberNameOrIncidentText() throws IOException {
        Path reports = Path.of("target/surefire-reports");
        assertThat(reports).isDirectory();
        Set<String> fixtures = fixtureCprs();
        assertThat(fixtures).hasSizeGreaterThan(10);
        List<String> hits = new ArrayList<>();
        List<Path> logs;
        try (Stream<Path> files = Files.list(reports)) {
            logs = files.filter(file -> file.getFileName().toString().endsWith("-output.txt")).toList();
        }
        assertThat(logs).as("captured test output").isNotEmpty();
        for (Path log : logs) {
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            Matcher dashed = DASHED.matcher(text);
            while (dashed.find()) {
                if (Cpr.parse(dashed.group(1)).isPresent()) {
                    hits.add(log.getFileName() + ": " + dashed.group(1));
                }
            }
            for (String fixture : fixtures) {
                if (text.contains(fixture)) {
                    hits.add(log.getFileName() + ": " + fixture);
                }
            }
            String utf8 = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
            for (String personal : PERSONAL_DATA) {
                if (utf8.contains(personal)) {
                    hits.add(log.getFileName() + ": " + personal);
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    /** Every CPR-shaped string literal in the test sources, with and without dash. */
    private static Set<String> fixtureCprs() throws IOException {
        Set<String> cprs = new LinkedHashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String cpr = literal.group(1);
                    if (Cpr.parse(cpr).isPresent()) {
                        cprs.add(cpr.replace("-", ""));
                        cprs.add(cpr.substring(0, 6) + "-" + cpr.replace("-", "").substring(6));
                    }
                }
            }
        }
        return cprs;
    }
}
