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
 * read from the classpath): Tasklist's, Cockpit's and Admin's are complete, every key nested, every
 * label translated with its placeholders and markup unchanged, and hold no key the webapp does not know.
 */
class DanishLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}|%[sd]");

    private final ObjectMapper json = new ObjectMapper();

    /** Words that are the same in Danish and English (and product names). */
    private static final Set<String> SAME_IN_DANISH = Set.of("Cockpit", "weekend", "Filter", "Diagram", "Operator", "Start",
            "Element", "Minimum:", "Status", "Upload", "Version", "Version:", "System", "Optimize", "case", "Cases",
            "<definition>", "<version>");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void danishHasEveryKeyOfTheEnglishLocale(String app) throws IOException {
        JsonNode english = locale(app, "en");
        JsonNode danish = locale(app, "da");
        assertThat(english.path("labels").size()).as("the webjar's English " + app + " labels").isGreaterThan(300);

        List<String> missing = new ArrayList<>();
        compare("", english, danish, missing);
        assertThat(missing).as("keys of " + app + " en.json missing (or of another shape) in da.json").isEmpty();

        Set<String> extra = new TreeSet<>();
        danish.path("labels").fieldNames().forEachRemaining(key -> {
            if (!english.path("labels").has(key)) {
                extra.add(key);
            }
        });
        assertThat(extra).as("keys in " + app + " da.json that the webapp does not know (typos?)").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void labelsAreTranslatedAndKeepTheirPlaceholdersAndMarkup(String app) throws IOException {
        JsonNode english = locale(app, "en").path("labels");
        JsonNode danish = locale(app, "da").path("labels");
        List<String> untranslated = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        List<String> markup = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = english.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String en = entry.getValue().asText();
            String da = danish.path(entry.getKey()).asText();
            if (en.matches("(?s).*[a-z]{4,}.*") && en.equals(da) && !SAME_IN_DANISH.contains(en)) {
                untranslated.add(entry.getKey());
            }
            if (!placeholders(en).equals(placeholders(da))) {
                placeholders.add(entry.getKey());
            }
            if (!tags(en).equals(tags(da))) {
                markup.add(entry.getKey());
            }
        }
        assertThat(untranslated).as(app + " labels still in English").isEmpty();
        assertThat(placeholders).as(app + " labels whose {{placeholders}} differ from English").isEmpty();
        assertThat(markup).as(app + " labels whose HTML tags differ from English").isEmpty();
    }

    @Test
    void tasklistLabelsSayWhatTheStaffSay() throws IOException {
        JsonNode danish = locale("tasklist", "da").path("labels");
        assertThat(danish.path("CLAIM_TASK").asText()).isEqualTo("Tag opgaven");
        assertThat(danish.path("COMPLETE").asText()).isEqualTo("Fuldfør");
        assertThat(danish.path("DUE_DATE").asText()).isEqualTo("Frist");
        assertThat(danish.path("FOLLOW_UP_DATE").asText()).isEqualTo("Opfølgningsdato");
        assertThat(danish.path("TASKS").asText()).isEqualTo("Opgaver");
    }

    @Test
    void cockpitSaysWhatTheIssueFoundInEnglish() throws IOException {
        JsonNode english = locale("cockpit", "en").path("labels");
        JsonNode danish = locale("cockpit", "da").path("labels");
        // the texts a leader met in English (issue 19), each by its English wording
        for (String text : List.of("Activity Instance Statistics:", "Super Process Instance ID", "Actions", "Assignments by type",
                "Task Owner", "FollowUp Date", "Task Priority")) {
            List<String> keys = new ArrayList<>();
            english.fields().forEachRemaining(e -> {
                if (e.getValue().asText().equals(text)) {
                    keys.add(e.getKey());
                }
            });
            assertThat(keys).as("English label " + text).isNotEmpty();
            for (String key : keys) {
                assertThat(danish.path(key).asText()).as(key).isNotBlank().isNotEqualTo(text);
            }
        }
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
    void cockpitAndAdminTranslateTheLoginAndHeader(String app) throws IOException {
        JsonNode english = locale(app, "en").path("labels");
        JsonNode danish = locale(app, "da").path("labels");
        for (String key : List.of("PAGE_LOGIN_USERNAME", "PAGE_LOGIN_PASSWORD", "PAGE_LOGIN_SIGN_IN_ACTION",
                "CAM_WIDGET_HEADER_SIGN_OUT", "CAM_WIDGET_HEADER_MY_PROFILE")) {
            assertThat(danish.path(key).asText()).as(app + " " + key).isNotBlank().isNotEqualTo(english.path(key).asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void everyWebappDefaultsToDanishAndKeepsEnglish(String app) throws IOException {
        String config = resource(APP + app + "/scripts/config.js");
        assertThat(config).contains("availableLocales: ['da', 'en']").contains("fallbackLocale: 'da'")
                .contains("vendor: 'Trekant'");
    }

    @Test
    void tasklistLoadsTheDanishScriptForFormsAndDatePickers() throws IOException {
        assertThat(resource(APP + "tasklist/scripts/config.js")).contains("customScripts: ['scripts/trekant-danish', 'scripts/trekant-case',");
        String script = resource(APP + "tasklist/scripts/trekant-danish.js");
        // served by Trekant itself: no script from elsewhere
        assertThat(script).doesNotContain("http://").doesNotContain("https://").doesNotContain("import(");
        assertThat(script).contains("'\"Field is required.\"'").contains("firstDayOfWeek: 1").contains("FIRSTDAYOFWEEK: 0");
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

    private static List<String> tags(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("</?(a|strong|b|i|em|br|code|span|p|ul|ol|li|div)\\b").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
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
