package dk.trekant.platform.security.oidc;

import java.util.Set;

import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Single sign-on for Trekant's browser pages outside the webapps (the reports, the dashboard), which
 * otherwise answer staff HTTP Basic and access tokens only:
 * <ul>
 * <li>the session of a staff member signed in by OpenID Connect is read (read only: these pages change nothing);</li>
 * <li>a browser without it (a request that asks for {@code text/html} by name and carries no
 * {@code Authorization}) is sent to the identity provider's login and, once signed in, back to the page
 * it asked for;</li>
 * <li>everyone else keeps the staff APIs' 401: an API client problem+json; a browser whose password or token
 * was refused the Danish refusal page (never a redirect).</li>
 * </ul>
 */
public final class BrowserSignIn {

    private final HttpSessionRequestCache savedPages = new HttpSessionRequestCache();
    private final LoginUrlAuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint(SingleSignOnConfiguration.LOGIN);
    private final RequestMatcher browser;

    BrowserSignIn() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setUseEquals(true);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        this.browser = new AndRequestMatcher(html, request -> request.getHeader("Authorization") == null);
    }

    /** Applies the above to a staff chain whose API entry point is {@code api} (after its own exception handling). */
    public HttpSecurity apply(HttpSecurity http, AuthenticationEntryPoint api) throws Exception {
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (browser.matches(request)) {
                savedPages.saveRequest(request, response);
                login.commence(request, response, failure);
            } else {
                api.commence(request, response, failure);
            }
        };
        return http
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository())))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint))
                // back from the identity provider (the address carries "continue"): the saved page is taken
                // out of the session
                .addFilterAfter(new RequestCacheAwareFilter(savedPages), SecurityContextHolderFilter.class);
    }
}
