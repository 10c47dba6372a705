package dk.trekant.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** What every partner operation does with bad input: 4xx problem+json, the offending field named. */
public final class RefusedInput {

    private RefusedInput() {
    }

    /** The body is refused with 400 problem+json naming {@code field}; returns the answer for further checks. */
    public static HttpResponse<String> assertFieldRefused(Http http, String path, String authorization, String body, String field) {
        HttpResponse<String> response = http.postJson(path, authorization, body);
        assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).as(field).contains("\"field\":\"" + field + "\"");
        return response;
    }

    /** Broken JSON is 400 problem+json, a body that is not JSON 415, and an id that is no UUID 400. */
    public static void assertMalformedRefused(Http http, String path, String authorization) {
        HttpResponse<String> malformed = http.postJson(path, authorization, "{\"reference\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.post(path, authorization, "text/plain", "hej").statusCode()).isEqualTo(415);
        assertThat(http.get(path + "/not-a-uuid", authorization).statusCode()).isEqualTo(400);
    }
}
