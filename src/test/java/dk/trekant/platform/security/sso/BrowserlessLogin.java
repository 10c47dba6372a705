package dk.trekant.platform.security.sso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorization code flow as a browser walks it, with plain HTTP: Trekant sends the browser to the
 * identity provider, whose login form is filled in (password = user name), and the redirects are
 * followed back to Trekant. The trail of visited addresses is kept for assertions.
 */
final class BrowserlessLogin {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> trail = new ArrayList<>();

    BrowserlessLogin(int port) {
        this.base = "http://localhost:" + port;
    }

    String trail() {
        return String.join("\n", trail);
    }

    HttpResponse<String> signIn(String path, String user) throws Exception {
        HttpResponse<String> response = follow(URI.create(base + path));
        if (!response.body().contains("name=\"password\"")) {
            return response;
        }
        Matcher csrf = CSRF.matcher(response.body());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + (csrf.find() ? "&_csrf=" + csrf.group(1) : "");
        URI login = response.uri();
        trail.add("POST " + login);
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return redirects(posted);
    }

    HttpResponse<String> follow(URI uri) throws IOException, InterruptedException {
        trail.add("GET " + uri);
        return redirects(client.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A POST as the webapps make it (XHR): with their CSRF header, the value of the XSRF-TOKEN cookie, unless
     * {@code withCsrfHeader} is false.
     */
    HttpResponse<String> postFromWebapp(String path, boolean withCsrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (withCsrfHeader) {
            request.header("X-XSRF-TOKEN", cookies.getCookieStore().getCookies().stream()
                    .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie")));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> redirects(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 15 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            trail.add("GET " + next);
            response = client.send(HttpRequest.newBuilder(next).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return response;
    }
}
