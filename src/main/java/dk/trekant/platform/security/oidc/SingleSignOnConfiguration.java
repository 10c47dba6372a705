package dk.trekant.platform.security.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.server.AbstractServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;

import dk.trekant.platform.security.SecurityConfiguration;
import dk.trekant.platform.security.StaffAuthenticationProvider;
import dk.trekant.platform.security.StaffPrincipal;

/**
 * Staff single sign-on by OpenID Connect, on when {@code TREKANT_OIDC_ISSUER} is set:
 * <ul>
 * <li>The webapps ({@code /camunda/**}) send a browser without a session to the identity provider
 * (authorization code); back at Trekant, the token's groups become the Camunda user's groups
 * ({@link StaffDirectory}) and Camunda's container-based authentication makes the user the webapps' user.
 * A user with none of Trekant's groups gets a Danish page saying so.</li>
 * <li>{@code /logout} and the webapps' "Log ud": single logout (the session ends here and, by OpenID Connect
 * RP-initiated logout, at the identity provider), then a Danish page ({@link SingleLogout}).</li>
 * <li>The reports and the dashboard send a browser without a session to the identity provider as well
 * ({@link BrowserSignIn}); API clients there keep their 401.</li>
 * <li>engine-rest and the staff APIs also accept the issuer's staff access tokens
 * ({@link StaffBearerTokens}, used by {@code SecurityConfiguration.staffBasic}).</li>
 * </ul>
 * Without the issuer (the demo profile) none of this exists and staff log in with local users.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${trekant.oidc.issuer:}'.isBlank()")
class SingleSignOnConfiguration {

    static final String LOGIN = "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID;

    /** The provider's metadata is read at the first login, not at start-up: Trekant starts while the IdP is away. */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository(OidcProperties properties) {
        return new ClientRegistrationRepository() {
            private volatile ClientRegistration registration;

            @Override
            public ClientRegistration findByRegistrationId(String registrationId) {
                if (!OidcProperties.REGISTRATION_ID.equals(registrationId)) {
                    return null;
                }
                if (registration == null) {
                    registration = ClientRegistrations.fromIssuerLocation(properties.issuer())
                            .registrationId(OidcProperties.REGISTRATION_ID)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .scope("openid", "profile", "email")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                            .userNameAttributeName(properties.userIdClaim())
                            .build();
                }
                return registration;
            }
        };
    }

    /**
     * The way back from the identity provider (after login and after its logout) is a navigation that another
     * site starts: a {@code SameSite=Strict} session cookie would stay behind, and the login would fail
     * (the authorization request is kept in the session). With single sign-on the session cookie is thus
     * {@code Lax}, Camunda's own default: never sent with another site's POST, script or frame; the
     * webapps' CSRF token guards their changes as before. Runs after Spring Boot's own customizer.
     */
    @Bean
    WebServerFactoryCustomizer<AbstractServletWebServerFactory> sessionCookieForSingleSignOn() {
        return factory -> factory.getSession().getCookie().setSameSite(Cookie.SameSite.LAX);
    }

    @Bean
    BrowserSignIn browserSignIn() {
        return new BrowserSignIn();
    }

    @Bean
    StaffBearerTokens staffBearerTokens(OidcProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuer()).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.contains(properties.expectedAudience())),
                // a staff token names a staff member of Trekant's groups: a partner system's token
                // (client credentials) of the same issuer and audience opens nothing here
                new JwtClaimValidator<Object>(properties.groupsClaim(), groups -> !OidcGroups.of(groups).isEmpty()),
                // and it is an access token: the webapps' ID token (same issuer, audience and groups) is no API grant
                new AccessTokensOnly()));
        return new StaffBearerTokens(decoder, properties);
    }

    @Bean
    StaffDirectory staffDirectory(IdentityService identityService) {
        return new StaffDirectory(identityService);
    }

    /** The OIDC user with Trekant's groups as authorities; Camunda's identity brought in step first. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> staffOidcUserService(OidcProperties properties, StaffDirectory directory) {
        OidcUserService delegate = new OidcUserService();
        return request -> {
            OidcUser user = delegate.loadUser(request);
            Object claim = user.getClaims().get(properties.groupsClaim());
            List<String> groups = OidcGroups.of(claim);
            if (groups.isEmpty()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("trekant_no_group",
                        "The user is in none of Trekant's groups", null));
            }
            String userId = user.getClaimAsString(properties.userIdClaim());
            if (userId == null || userId.isBlank()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("trekant_no_user_id",
                        "The token has no " + properties.userIdClaim() + " claim", null));
            }
            directory.synchronize(userId, user.getGivenName(), user.getFamilyName(), groups);
            List<GrantedAuthority> authorities = new ArrayList<>();
            groups.forEach(group -> authorities.add(new SimpleGrantedAuthority(StaffAuthenticationProvider.GROUP_PREFIX + group)));
            return new StaffOidcUser(authorities, user.getIdToken(), user.getUserInfo(), properties.userIdClaim(),
                    new StaffPrincipal(userId, groups, List.of()));
        };
    }

    @Bean
    @Order(9)
    SecurityFilterChain staffSingleSignOn(HttpSecurity http, ClientRegistrationRepository registrations,
            OAuth2UserService<OidcUserRequest, OidcUser> users) throws Exception {
        RequestMatcher browserPage = request -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !path.startsWith("/camunda/api/");
        };
        RequestMatcher bearerToken = request -> {
            String authorization = request.getHeader("Authorization");
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        };
        SingleLogout singleLogout = new SingleLogout(registrations);
        return http.securityMatcher(new OrRequestMatcher(SecurityConfiguration.path("/camunda/**"),
                        SecurityConfiguration.path("/oauth2/authorization/**"), SecurityConfiguration.path("/login/oauth2/code/**"),
                        SecurityConfiguration.path(SingleLogout.LOGOUT), SecurityConfiguration.path("/sso/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(bearerToken).denyAll()
                        .requestMatchers(SecurityConfiguration.path("/sso/**")).permitAll()
                        // the webapps' static files (scripts, styles, the logo) need no sign-in
                        .requestMatchers(SecurityConfiguration.path("/camunda/app/*/styles/**"),
                                SecurityConfiguration.path("/camunda/assets/**"), SecurityConfiguration.path("/camunda/lib/**"))
                        .permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .userInfoEndpoint(endpoint -> endpoint.oidcUserService(users))
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof OAuth2AuthenticationException oauth
                                        && "trekant_no_group".equals(oauth.getError().getErrorCode())
                                                ? SsoPages.NO_ACCESS : SsoPages.FAILED))))
                // /logout and the webapps' own "Log ud" end the Trekant session and the provider's (see SingleLogout)
                .logout(logout -> logout.logoutRequestMatcher(singleLogout.requests())
                        .addLogoutHandler(singleLogout.pendingReader())
                        .logoutSuccessHandler(singleLogout.successHandler()))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN), browserPage)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> true))
                // The webapps carry their own CSRF protection (XSRF-TOKEN cookie and header).
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    /**
     * Camunda's container-based authentication for the webapps' pages and APIs, after Spring Security
     * (order -100) and before Camunda's own session filter.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", SsoContainerAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(201);
        return registration;
    }

    @RestController
    static class Pages {
        @GetMapping(SsoPages.NO_ACCESS)
        ResponseEntity<String> noAccess() {
            return SsoPages.noAccess();
        }

        @GetMapping(SsoPages.SIGNED_OUT)
        ResponseEntity<String> signedOut() {
            return SsoPages.signedOut();
        }

        @GetMapping(SsoPages.FAILED)
        ResponseEntity<String> failed() {
            return SsoPages.failed();
        }
    }
}
