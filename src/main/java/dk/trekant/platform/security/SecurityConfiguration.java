package dk.trekant.platform.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import org.springframework.context.ApplicationContext;

import dk.trekant.platform.audit.VariableReadAuditFilter;
import dk.trekant.platform.security.oidc.BrowserSignIn;
import dk.trekant.platform.security.oidc.StaffBearerTokens;
import dk.trekant.platform.web.ProblemResponses;
import jakarta.servlet.DispatcherType;

/**
 * Who may reach what. Nothing is open unless it is listed here:
 * <ul>
 * <li>{@code /engine-rest/**}: staff with HTTP Basic against Camunda identity; Camunda's
 * authorizations then apply to the request. Partner tokens are not accepted.</li>
 * <li>{@code /api/v1/**}: partners (see {@code dk.trekant.partner.PartnerApiSecurity}).</li>
 * <li>{@code /api/admin/**}, {@code /actuator/prometheus} and {@code /actuator/health/intake}: members of {@code camunda-admin}.</li>
 * <li>{@code /api/staff/**}: staff with HTTP Basic, or Trekant's Tasklist plugins with the webapp's login
 * ({@link WebappSessionAuthenticationFilter}); each operation names the groups it admits.</li>
 * <li>{@code /reports/**}, {@code /dashboard/**} and {@code /api/v1/statistics}: see
 * {@code dk.trekant.reporting.ReportingSecurity} (staff Basic; the statistics also the police's token; with
 * single sign-on, the reports and the dashboard also take the staff member's session and send a browser
 * without one to the identity provider).</li>
 * <li>With {@code TREKANT_OIDC_ISSUER} set, staff sign in by OpenID Connect and the staff chains also
 * accept the issuer's access tokens (see {@code dk.trekant.platform.security.oidc.SingleSignOnConfiguration}).</li>
 * <li>{@code /camunda/**}: the webapps, which authenticate staff themselves (session login,
 * their own CSRF protection); requests carrying a bearer token are refused.</li>
 * <li>health, info and the API documentation are public; everything else is denied.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    public static final String ADMIN_GROUP = "camunda-admin";

    public static final String BASIC_CHALLENGE = "Basic realm=\"Trekant\"";

    /**
     * Matches the path below the context root, whichever servlet serves it (engine-rest is Jersey's,
     * not Spring MVC's, so MVC-relative matchers would miss it).
     */
    public static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Trekant's own API answers JSON only: nothing in an answer may load, run or be framed.
     * (The webapps set their own Content-Security-Policy.)
     */
    public static void apiHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER));
    }

    private static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).map(SecurityConfiguration::path).toList());
    }

    @Bean
    StaffAuthenticationProvider staffAuthenticationProvider(StaffAuthenticator authenticator) {
        return new StaffAuthenticationProvider(authenticator);
    }

    /**
     * What every staff API shares: HTTP Basic against Camunda identity (cached), stateless, 401/403
     * as problem+json, the API headers; an error raised after authentication keeps its status.
     */
    public static HttpSecurity staffBasic(HttpSecurity http, RequestMatcher matcher, StaffAuthenticationProvider staff,
            String detail) throws Exception {
        return staffBasic(http, matcher, staff, new ProblemAuthenticationEntryPoint(BASIC_CHALLENGE, detail));
    }

    /**
     * For browser pages outside the webapps (reports, dashboard): {@link #staffBasic}, and with single sign-on
     * on, a staff member's OpenID Connect session is read and a browser without one is sent to the identity
     * provider's login (see {@code dk.trekant.platform.security.oidc.BrowserSignIn}).
     */
    public static HttpSecurity staffPages(HttpSecurity http, RequestMatcher matcher, StaffAuthenticationProvider staff,
            String detail) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(BASIC_CHALLENGE, detail);
        staffBasic(http, matcher, staff, entryPoint);
        BrowserSignIn browser = http.getSharedObject(ApplicationContext.class).getBeanProvider(BrowserSignIn.class)
                .getIfAvailable();
        return browser == null ? http : browser.apply(http, entryPoint);
    }

    private static HttpSecurity staffBasic(HttpSecurity http, RequestMatcher matcher, StaffAuthenticationProvider staff,
            ProblemAuthenticationEntryPoint entryPoint) throws Exception {
        // With single sign-on on, the issuer's staff access tokens (JWT) are accepted beside Basic.
        StaffBearerTokens bearer = http.getSharedObject(ApplicationContext.class).getBeanProvider(StaffBearerTokens.class)
                .getIfAvailable();
        if (bearer != null) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.decoder(bearer.decoder()).jwtAuthenticationConverter(bearer.converter())));
        }
        return http.securityMatcher(matcher)
                .authenticationProvider(staff)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::apiHeaders)
                .requestCache(AbstractHttpConfigurer::disable);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, StaffAuthenticationProvider staff,
            IdentityService identityService, VariableReadAuditFilter variableReadAudit) throws Exception {
        return staffBasic(http, path("/engine-rest/**"), staff, "Authentication required: staff credentials (HTTP Basic).")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .addFilterAfter(new EngineIdentityFilter(identityService), BasicAuthenticationFilter.class)
                .addFilterAfter(variableReadAudit, EngineIdentityFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain administration(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return staffBasic(http, paths("/api/admin/**", "/actuator/prometheus", "/actuator/health/intake"), staff,
                "Authentication required: administrator credentials (HTTP Basic).")
                .authorizeHttpRequests(requests -> requests
                        .anyRequest().hasAuthority(StaffAuthenticationProvider.GROUP_PREFIX + ADMIN_GROUP))
                .build();
    }

    /** Trekant's own staff endpoints (audit trails, data-subject exports); each operation names the groups it admits. */
    @Bean
    @Order(4)
    SecurityFilterChain staffApi(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return staffBasic(http, path("/api/staff/**"), staff, "Authentication required: staff credentials (HTTP Basic).")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated())
                // Trekant's Tasklist plugins call it with the webapp's login (see the filter)
                .addFilterAfter(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
                .build();
    }

    /**
     * Requests the firewall refuses (encoded dots or percent signs, unknown methods such as TRACE,
     * a semicolon in the path): 400 as problem+json, written at once, instead of an empty 400
     * sent through the servlet error page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(request, response, HttpStatus.BAD_REQUEST,
                "The request was refused: its method or path is not allowed.");
    }

    @Bean
    @Order(10)
    SecurityFilterChain webappsAndPublic(HttpSecurity http) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(BASIC_CHALLENGE,
                "Authentication required.");
        RequestMatcher bearerToken = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        return http
                .authorizeHttpRequests(requests -> requests
                        // The error page renders the status an error already has (no message, no stack
                        // trace); without this, any error on the partner API would read 401, as its
                        // error dispatch still carries the partner's bearer token.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        // Health and info answer whatever a gateway in front adds (a bearer token included).
                        .requestMatchers(paths("/actuator/health", "/actuator/health/**", "/actuator/info")).permitAll()
                        .requestMatchers(bearerToken).denyAll()
                        .requestMatchers(paths("/", "/error", "/camunda/**", "/favicon.ico")).permitAll()
                        .requestMatchers(paths("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"))
                        .permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                // The webapps carry their own CSRF protection (XSRF-TOKEN cookie and header).
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .requestCache(AbstractHttpConfigurer::disable)
                // no /logout of Spring Security's own: local users log out in the webapps (with single sign-on,
                // /logout is the single logout of SingleSignOnConfiguration)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }
}
