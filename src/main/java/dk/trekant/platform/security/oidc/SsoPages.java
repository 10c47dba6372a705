package dk.trekant.platform.security.oidc;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dk.trekant.platform.web.RefusalPages;

/** The Danish pages of single sign-on: no access to Trekant, signed out, sign-in failed. */
final class SsoPages {

    static final String NO_ACCESS = "/sso/ingen-adgang";
    static final String SIGNED_OUT = "/sso/logget-ud";
    static final String FAILED = "/sso/fejl";

    private SsoPages() {
    }

    static ResponseEntity<String> noAccess() {
        return page(HttpStatus.FORBIDDEN, "Ingen adgang til Trekant",
                "Du er logget ind hos kommunen, men du er ikke medlem af nogen af Trekants grupper (koordinator, forebygger, "
                        + "konsulent, leder, socialrådgiver eller administrator). Kontakt din leder eller IT-afdelingen, "
                        + "hvis du skal have adgang.",
                "<a href=\"/logout\">Log ud</a>");
    }

    static ResponseEntity<String> signedOut() {
        return page(HttpStatus.OK, "Du er logget ud", "Du er logget ud af Trekant og af kommunens login.",
                "<a href=\"/camunda/app/tasklist/\">Log ind igen</a>");
    }

    static ResponseEntity<String> failed() {
        return page(HttpStatus.UNAUTHORIZED, "Login mislykkedes",
                "Kommunens login kunne ikke bekræfte, hvem du er. Prøv igen, eller kontakt IT-afdelingen.",
                "<a href=\"/camunda/app/tasklist/\">Prøv igen</a>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String text, String link) {
        String html = """
                <!DOCTYPE html>
                <html lang="da">
                <head><meta charset="utf-8"><title>%s – Trekant</title>
                <link rel="stylesheet" href="/camunda/assets/trekant-sider.css"></head>
                <body><main><h1>%s</h1><p>%s</p><p>%s</p></main></body>
                </html>
                """.formatted(title, title, text, link);
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", RefusalPages.CSP).header("Cache-Control", "no-store").body(html);
    }
}
