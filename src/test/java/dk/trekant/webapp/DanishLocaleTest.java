package dk.trekant.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Danish locales of the Camunda webapps against the English ones the 7.24 webjar ships (both
 * read from the classpath): Tasklist's is complete, every key nested; Cockpit's and Admin's are
 * partial (English per key for the rest) but hold no key the webapp does not know.
 */
class DanishLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|%[sd]");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void tasklistInDanishHasEveryKeyOfTheEnglishLocale() throws IOException {
        JsonNode english = locale("tasklist", "en");
        JsonNode danish = locale("tasklist", "da");
        assertThat(english.path("labels").size()).as("the webjar's English Tasklist labels").isGreaterThan(300);

        List<String> missing = new ArrayList<>();
        compare("", english, danish, missing);
        assertThat(missing).as("keys of en.json missing (or of another shape) in da.json").isEmpty();

        Set<String> extra = new TreeSet<>();
        danish.path("labels").fieldNames().forEachRemaining(key -> {
            if (!english.path("labels").has(key)) {
                extra.add(key);
            }
        });
        assertThat(extra).as("keys in da.json that Tasklist does not know (typos?)").isEmpty();
    }

    @Test
    void tasklistLabelsAreTranslatedAndKeepTheirPlaceholders() throws IOException {
        JsonNode english = locale("tasklist", "en").path("labels");
        JsonNode danish = locale("tasklist", "da").path("labels");
        assertThat(danish.path("CLAIM_TASK").asText()).isEqualTo("Tag opgaven");
        assertThat(danish.path("COMPLETE").asText()).isEqualTo("Fuldfør");
        assertThat(danish.path("DUE_DATE").asText()).isEqualTo("Frist");
        assertThat(danish.path("FOLLOW_UP_DATE").asText()).isEqualTo("Opfølgningsdato");
        assertThat(danish.path("TASKS").asText()).isEqualTo("Opgaver");

        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String en = entry.getValue().asText();
            String da = danish.path(entry.getKey()).asText();
            if (en.matches(".*[a-z]{4,}.*") && en.equals(da) && !Set.of("Cockpit", "weekend", "Filter", "Diagram", "Operator", "Start")
                    .contains(en)) {
                untranslated.add(entry.getKey());
            }
            if (!placeholders(en).equals(placeholders(da))) {
                placeholders.add(entry.getKey());
            }
        }
        assertThat(untranslated).as("labels still in English").isEmpty();
        assertThat(placeholders).as("labels whose {{placeholders}} differ from English").isEmpty();
    }

    @Test
    void danishDatesUseDanishMonthsAndDayFirst() throws IOException {
        JsonNode dates = locale("tasklist", "da").path("dateLocales");
        assertThat(dates.path("months").get(2).asText()).isEqualTo("marts");
        assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("mandag");
        assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(dates.path("week").path("dow").asInt()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cockpit", "admin"})
    void cockpitAndAdminTranslateTheLoginAndHeaderAndNothingUnknown(String app) throws IOException {
        JsonNode english = locale(app, "en").path("labels");
        JsonNode danish = locale(app, "da").path("labels");
        Set<String> unknown = new TreeSet<>();
        danish.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                unknown.add(key);
            }
        });
        assertThat(unknown).as(app + " da.json keys unknown to the webapp").isEmpty();
        for (String key : List.of("PAGE_LOGIN_USERNAME", "PAGE_LOGIN_PASSWORD", "PAGE_LOGIN_SIGN_IN_ACTION",
                "CAM_WIDGET_HEADER_SIGN_OUT", "CAM_WIDGET_HEADER_MY_PROFILE")) {
            assertThat(danish.path(key).asText()).as(app + " " + key).isNotBlank().isNotEqualTo(english.path(key).asText());
        }
        List<String> missing = new ArrayList<>();
        compare("", locale(app, "en").path("dateLocales"), locale(app, "da").path("dateLocales"), missing);
        assertThat(missing).as(app + " date locale").isEmpty();
        // A partial locale is only clean if English fills the gaps, key by key.
        assertThat(resource(APP + app + "/scripts/config.js")).contains("availableLocales: ['da', 'en']")
                .contains("fallbackLocale: 'en'");
    }

    @Test
    void tasklistDefaultsToDanishAndKeepsEnglish() throws IOException {
        String config = resource(APP + "tasklist/scripts/config.js");
        assertThat(config).contains("availableLocales: ['da', 'en']").contains("fallbackLocale: 'da'")
                .contains("vendor: 'Trekant'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theMigrationBannerIsHiddenInEveryWebapp(String app) throws IOException {
        assertThat(resource(APP + app + "/styles/user-styles.css")).containsPattern("\\.ce-eol-banner[^{]*\\{\\s*display:\\s*none");
    }

    private void compare(String path, JsonNode english, JsonNode danish, List<String> missing) {
        if (english.isObject()) {
            if (!danish.isObject()) {
                missing.add(path);
                return;
            }
            english.fields().forEachRemaining(e -> compare(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(),
                    danish.path(e.getKey()), missing));
        } else if (english.isArray()) {
            if (!danish.isArray() || danish.size() != english.size()) {
                missing.add(path);
            }
        } else if (danish.isMissingNode() || danish.isNull() || danish.isContainerNode()
                || english.isNumber() != danish.isNumber()) {
            missing.add(path);
        }
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1) != null ? matcher.group(1) : matcher.group());
        }
        found.sort(null);
        return found;
    }

    private JsonNode locale(String app, String language) throws IOException {
        String text = resource(APP + app + "/locales/" + language + ".json");
        return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DanishLocaleTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
