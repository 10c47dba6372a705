package dk.trekant.platform.security.oidc;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.WebUtils;

import dk.trekant.platform.security.SecurityConfiguration;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Single logout, from Trekant's {@code /logout} and from the webapps' own "Log ud":
 * <ul>
 * <li>{@code /logout} ends the Trekant session and, by OpenID Connect RP-initiated logout, the identity
 * provider's; the provider then sends the browser to the Danish signed-out page.</li>
 * <li>The webapps' "Log ud" (Camunda's {@code POST /camunda/api/admin/auth/user/<engine>/logout}, an XHR
 * carrying the webapps' CSRF header) ends the Trekant session at once. The provider's logout address
 * (with the ID token as hint) is kept server-side in a fresh session, and the answer names {@code /logout}
 * in the header {@value #HEADER}; the webapps' script {@code /camunda/assets/trekant-single-logout.js}
 * sends the browser there, and {@code /logout} forwards it to the provider. The ID token never reaches
 * the page's scripts.</li>
 * </ul>
 */
final class SingleLogout {

    static final String HEADER = "Trekant-Single-Logout";
    static final String LOGOUT = "/logout";
    static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    private static final String PENDING = SingleLogout.class.getName() + ".PENDING";
    private static final String CSRF_COOKIE = "XSRF-TOKEN";
    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    private final EndSession endSession;

    SingleLogout(ClientRegistrationRepository registrations) {
        this.endSession = new EndSession(registrations);
        endSession.setPostLogoutRedirectUri("{baseUrl}" + SsoPages.SIGNED_OUT);
    }

    /**
     * {@code /logout}, and the webapps' logout when it carries the webapps' CSRF token (header equal to
     * the cookie, which another site can neither read nor send): a cross-site form cannot sign anyone
     * out through the webapps' address. Without the token the request goes on to Camunda, which refuses it.
     */
    RequestMatcher requests() {
        RequestMatcher webapp = SecurityConfiguration.path(WEBAPP_LOGOUT);
        return new OrRequestMatcher(SecurityConfiguration.path(LOGOUT),
                request -> "POST".equals(request.getMethod()) && webapp.matches(request) && carriesCsrfToken(request));
    }

    private static boolean carriesCsrfToken(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, CSRF_COOKIE);
        String header = request.getHeader(CSRF_HEADER);
        return cookie != null && header != null && !header.isEmpty() && header.equals(cookie.getValue());
    }

    /** Runs before the session ends: takes the provider's logout address kept by the webapps' logout, if any. */
    LogoutHandler pendingReader() {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(PENDING) instanceof String target) {
                request.setAttribute(PENDING, target);
            }
        };
    }

    LogoutSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            if (isWebapp(request)) {
                webappLoggedOut(request, response, authentication);
            } else if (authentication == null && request.getAttribute(PENDING) instanceof String target) {
                response.sendRedirect(target);
            } else {
                endSession.onLogoutSuccess(request, response, authentication);
            }
        };
    }

    private void webappLoggedOut(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = endSession.targetUrl(request, response, authentication);
        // only an address at the identity provider is worth the trip (it may lack an end_session_endpoint)
        if (target != null && (target.startsWith("https://") || target.startsWith("http://"))) {
            request.getSession(true).setAttribute(PENDING, target);
            response.setHeader(HEADER, request.getContextPath() + LOGOUT);
        }
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpStatus.OK.value());
    }

    private static boolean isWebapp(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/");
    }

    /** Spring Security's RP-initiated logout, its target (the provider's end_session_endpoint) made readable. */
    private static final class EndSession extends OidcClientInitiatedLogoutSuccessHandler {

        EndSession(ClientRegistrationRepository registrations) {
            super(registrations);
        }

        String targetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            return determineTargetUrl(request, response, authentication);
        }
    }
}
