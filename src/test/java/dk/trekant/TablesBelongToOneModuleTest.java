package dk.trekant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's tables are its own: every Trekant table ({@code trekant_…}) is named — in an entity's
 * {@code @Table}, a native query or a JDBC statement — by the code of one module only. Another module
 * asks the owner through its Java API (e.g. reporting reads the individual track's figures through
 * {@code YouthCaseStatistics}), so that a module can change its tables without breaking another's SQL.
 * (ArchUnit sees class dependencies, not SQL text: this rule reads the sources.)
 */
class TablesBelongToOneModuleTest {

    private static final Path MAIN = Paths.get("src/main/java/dk/trekant");
    private static final Pattern TABLE = Pattern.compile("\\btrekant_[a-z_]+\\b");

    @Test
    void everyTableIsNamedByOneModuleOnly() throws IOException {
        Map<String, Set<String>> modulesByTable = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : "(root)";
                Matcher matcher = TABLE.matcher(Files.readString(file));
                while (matcher.find()) {
                    modulesByTable.computeIfAbsent(matcher.group(), table -> new TreeSet<>()).add(module);
                }
            }
        }
        assertThat(modulesByTable).as("the scan found Trekant's tables").containsKeys("trekant_incident", "trekant_youth_case",
                "trekant_partner", "trekant_report", "trekant_hotspot");
        assertThat(modulesByTable).allSatisfy((table, modules) -> assertThat(modules)
                .as("modules whose code names table %s", table).hasSize(1));
    }
}
