package dk.trekant.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A raw HTTP client for the security tests: any method, any headers, any bytes as body, and the
 * path sent as given (no encoding or normalisation by the test). A connection the server drops
 * is reported as status -1 instead of an exception, so that a test can say what it expected.
 */
final class Client {

    record Response(int status, String contentType, String body, Map<String, String> headers) {

        boolean isProblemJson() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + contentType + " " + shown;
        }
    }

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Client(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    Response send(String method, String path, String authorization, String contentType, byte[] body,
            Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        extraHeaders.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(", ", values)));
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), headers);
        } catch (IOException e) {
            return new Response(-1, null, e.toString(), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Response get(String path, String authorization) {
        return send("GET", path, authorization, null, null, Map.of());
    }

    Response putJson(String path, String authorization, String json) {
        return send("PUT", path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Response postJson(String path, String authorization, String json) {
        return send("POST", path, authorization, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * Logs into a Camunda webapp as a browser does (fetch the app for the XSRF cookie, post the
     * login form with the token header), optionally sending an {@code Authorization} header too.
     */
    Response webappLogin(String app, String user, String password, String authorization) {
        send("GET", "/camunda/app/" + app + "/", null, null, null, Map.of());
        String xsrf = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst().orElse("");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send("POST", "/camunda/api/admin/auth/user/default/login/" + app, authorization,
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8), Map.of("X-XSRF-TOKEN", xsrf));
    }
}
