package dk.trekant.platform.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What a person's browser gets when Trekant refuses a page (401, 403, 404, 500 ...): a Danish page
 * that says what happened and offers a way on, instead of the problem+json an API client reads.
 * <p>
 * Content negotiation: a request is a browser page when it asks for {@code text/html} and not for
 * JSON, and its path is none of the APIs ({@code /api/**}, {@code /engine-rest/**}, the webapps'
 * {@code /camunda/api/**}, {@code /actuator/**}, {@code /v3/api-docs/**}), whose clients always get
 * {@code application/problem+json}. The page never echoes the request (no path, no parameter).
 */
public final class RefusalPages {

    /** The page loads only Trekant's own stylesheet and logo. */
    public static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; frame-ancestors 'none'";

    private static final List<String> API_PREFIXES = List.of("/api/", "/engine-rest", "/camunda/api/", "/actuator",
            "/v3/api-docs");
    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
            MediaType.valueOf("application/*+json"));

    private RefusalPages() {
    }

    public static boolean isBrowserPage(HttpServletRequest request) {
        String path = path(request);
        if (path.equals("/api") || API_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        boolean html = accepted.stream().anyMatch(type -> type.getQualityValue() > 0 && !type.isWildcardType()
                && !type.isWildcardSubtype() && MediaType.TEXT_HTML.includes(type));
        boolean json = accepted.stream().anyMatch(type -> type.getQualityValue() > 0 && !type.isWildcardSubtype()
                && JSON.stream().anyMatch(candidate -> candidate.includes(type) || type.includes(candidate)));
        return html && !json;
    }

    /** The refusal page as a Spring MVC answer. */
    public static ResponseEntity<Object> entity(int status) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", CSP)
                .body(html(status));
    }

    public static String html(int status) {
        Text text = text(status);
        return """
                <!DOCTYPE html>
                <html lang="da">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s – Trekant</title>
                  <link rel="icon" href="/favicon.ico">
                  <link rel="stylesheet" href="/camunda/assets/trekant-sider.css">
                </head>
                <body>
                  <main class="refusal">
                    <img class="logo" src="/camunda/assets/trekant-logo.svg" alt="Trekant" width="180" height="48">
                    <h1>%s</h1>
                    <p>%s</p>
                    <nav>
                      <a class="primary" href="/camunda/app/tasklist/">Til dine opgaver</a>
                      <a href="/">Til forsiden</a>
                    </nav>
                    <p class="code">Fejlkode %d</p>
                  </main>
                </body>
                </html>
                """.formatted(text.title(), text.title(), text.explanation(), status);
    }

    private record Text(String title, String explanation) {
    }

    private static Text text(int status) {
        return switch (status) {
            case 401 -> new Text("Du skal logge ind",
                    "Siden kræver, at du logger ind med dit brugernavn og din adgangskode. Log ind i Trekant, og prøv igen.");
            case 403 -> new Text("Du har ikke adgang til siden",
                    "Siden hører til en anden gruppes arbejde – ledelsens overblik er for eksempel kun for ledere. "
                            + "Mener du, at du skal have adgang, så spørg din leder.");
            case 404 -> new Text("Siden findes ikke",
                    "Adressen er måske skrevet forkert, eller siden er flyttet eller slettet.");
            case 405, 406, 415 -> new Text("Siden kan ikke vises sådan",
                    "Trekant kan ikke vise siden på den måde, din browser bad om. Gå tilbage, og prøv igen.");
            default -> status >= 500
                    ? new Text("Der opstod en fejl",
                            "Trekant kunne ikke vise siden. Intet er gemt halvt. Prøv igen om lidt; "
                                    + "fortsætter fejlen, så kontakt kommunens IT-support.")
                    : new Text("Siden kunne ikke vises",
                            "Trekant kunne ikke vise siden, som din browser bad om den. Gå tilbage, og prøv igen.");
        };
    }

    /** The path of the page asked for (on an error dispatch, the original one), below the context root. */
    private static String path(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String text ? text : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
