package dk.trekant.platform.security.sso;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A real OpenID Connect / OAuth2 server (Spring Authorization Server) in the test JVM, on a port of its
 * own, standing in for the municipality's identity provider (Entra ID, Keycloak, OS2faktor). It runs a
 * small Spring context of its own without Camunda (explicit auto-configurations, no application.yaml).
 * <ul>
 * <li>Partner clients (client credentials): {@code politi-system} (access tokens for audience
 * {@code trekant}) and {@code anden-app} (tokens for another audience).</li>
 * <li>Staff client {@code trekant} (authorization code, OpenID Connect) with users whose password is
 * their name; the {@code groups} claim carries Keycloak-style group paths ({@code /koordinator}).</li>
 * </ul>
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String AUDIENCE = "trekant";
    public static final String PARTNER_CLIENT = "politi-system";
    public static final String OTHER_AUDIENCE_CLIENT = "anden-app";
    public static final String CLIENT_SECRET = "hemmelig-" + UUID.randomUUID();
    public static final String STAFF_CLIENT = "trekant";

    /** Staff users at the identity provider: user → groups (Keycloak group paths). "udenfor" has none of Trekant's. */
    public static final Map<String, List<String>> USERS = Map.of(
            "sso-koordinator", List.of("/koordinator"),
            "sso-forebygger", List.of("/forebygger"),
            "sso-leder", List.of("/leder", "/personale/alle"),
            "sso-admin", List.of("/kommune/it/camunda-admin"),
            "udenfor", List.of("/kantine"));

    private static final AtomicInteger JWK_SET_REQUESTS = new AtomicInteger();
    private static final Map<String, RegisteredClient> CLIENTS = new ConcurrentHashMap<>();
    private static RSAKey signingKey;

    private final ConfigurableApplicationContext context;
    private final int port;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    public static TestIdentityProvider start() {
        signingKey = rsaKey();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Server.class)
                .web(WebApplicationType.SERVLET)
                .run("--spring.config.name=trekant-test-idp", "--server.port=0", "--spring.main.banner-mode=off",
                        "--spring.jmx.enabled=false",
                        // cookies know no ports: the IdP's session cookie must not overwrite Trekant's JSESSIONID
                        "--server.servlet.session.cookie.name=IDPSESSION");
        return new TestIdentityProvider(context);
    }

    public int port() {
        return port;
    }

    /** The issuer ({@code iss}) of every token this server issues. */
    public String issuer() {
        return "http://localhost:" + port;
    }

    public String jwkSetUri() {
        return issuer() + "/oauth2/jwks";
    }

    /** How often the signing keys were fetched: a verifier that caches them fetches them once. */
    public int jwkSetRequests() {
        return JWK_SET_REQUESTS.get();
    }

    /**
     * Lets the staff client send users back to Trekant on this port after login and logout, as
     * {@code localhost} (the identity provider's own site) and as {@code 127.0.0.1} (another site, as
     * the municipality's identity provider is to Trekant).
     */
    public void allowRedirectsTo(int trekantPort) {
        RegisteredClient staff = CLIENTS.get(STAFF_CLIENT);
        CLIENTS.put(STAFF_CLIENT, RegisteredClient.from(staff)
                .redirectUris(uris -> List.of("localhost", "127.0.0.1").forEach(host -> uris.add(
                        "http://" + host + ":" + trekantPort + "/login/oauth2/code/trekant")))
                .postLogoutRedirectUris(uris -> List.of("localhost", "127.0.0.1").forEach(host -> uris.add(
                        "http://" + host + ":" + trekantPort + "/sso/logget-ud")))
                .build());
    }

    /**
     * A token signed with this server's own key and carrying its issuer, but with the claims given:
     * for tokens the server would not issue itself (long expired).
     */
    public String sign(Map<String, Object> claims) {
        return encode(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(signingKey))), claims);
    }

    /** A token signed by a key this server never published. */
    public static String signWithForeignKey(Map<String, Object> claims) {
        return encode(new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(rsaKey()))), claims);
    }

    private static String encode(JwtEncoder encoder, Map<String, Object> claims) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder();
        claims.forEach((name, value) -> set.claim(name, value instanceof Instant instant ? instant : value));
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }

    @Override
    public void close() {
        context.close();
    }

    private static RSAKey rsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Not a {@code @Configuration}: Trekant's component scan must not find it. */
    @EnableWebSecurity
    @ImportAutoConfiguration({ ServletWebServerFactoryAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
    static class Server {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
            http.securityMatcher(authorizationServer.getEndpointsMatcher())
                    .with(authorizationServer, server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService users() {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            USERS.forEach((user, groups) -> users.createUser(
                    User.withUsername(user).password("{noop}" + user).authorities(groups.toArray(String[]::new)).build()));
            return users;
        }

        @Bean
        RegisteredClientRepository clients() {
            CLIENTS.put(PARTNER_CLIENT, partnerClient(PARTNER_CLIENT));
            CLIENTS.put(OTHER_AUDIENCE_CLIENT, partnerClient(OTHER_AUDIENCE_CLIENT));
            CLIENTS.put(STAFF_CLIENT, RegisteredClient.withId(STAFF_CLIENT).clientId(STAFF_CLIENT)
                    .clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUri("http://127.0.0.1/login/oauth2/code/trekant")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
            return new RegisteredClientRepository() {
                @Override
                public void save(RegisteredClient client) {
                    CLIENTS.put(client.getId(), client);
                }

                @Override
                public RegisteredClient findById(String id) {
                    return CLIENTS.get(id);
                }

                @Override
                public RegisteredClient findByClientId(String clientId) {
                    return CLIENTS.get(clientId);
                }
            };
        }

        private static RegisteredClient partnerClient(String clientId) {
            return RegisteredClient.withId(clientId).clientId(clientId).clientSecret("{noop}" + CLIENT_SECRET)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofMinutes(5)).build())
                    .build();
        }

        /** Partner tokens name Trekant as audience (only politi-system's); staff tokens carry the user's groups. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> claims() {
            return context -> {
                String client = context.getRegisteredClient().getClientId();
                if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                    context.getClaims().claim("client_id", client);
                    if (PARTNER_CLIENT.equals(client)) {
                        context.getClaims().audience(List.of(AUDIENCE));
                    }
                    return;
                }
                if (STAFF_CLIENT.equals(client)) {
                    List<String> groups = context.getPrincipal().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                            .filter(authority -> authority.startsWith("/")).toList();
                    context.getClaims().claim("groups", groups);
                    context.getClaims().claim("preferred_username", context.getPrincipal().getName());
                    if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                        context.getClaims().audience(List.of(AUDIENCE));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() {
            return new ImmutableJWKSet<>(new JWKSet(signingKey));
        }

        /** The user-info endpoint reads the access tokens this server issued. */
        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** Counts the verifiers' fetches of the signing keys. */
        @Bean
        FilterRegistrationBean<OncePerRequestFilter> jwkSetCounter() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    if (request.getRequestURI().equals("/oauth2/jwks")) {
                        JWK_SET_REQUESTS.incrementAndGet();
                    }
                    chain.doFilter(request, response);
                }
            });
            registration.setOrder(Integer.MIN_VALUE);
            return registration;
        }
    }
}
