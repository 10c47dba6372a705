package dk.trekant.partner;

import org.springframework.context.annotation.Bean;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import dk.trekant.platform.security.ProblemAuthenticationEntryPoint;
import dk.trekant.platform.security.SecurityConfiguration;

/**
 * The partner API {@code /api/v1/**}: partner tokens (static or OAuth2 access tokens) and, with
 * {@code TREKANT_PARTNER_MTLS=true}, OCES3 client certificates; stateless. Each operation names the
 * partner kinds it admits with {@code @PreAuthorize("hasAuthority('PARTNER_POLICE')")}; others get 403.
 */
@Configuration(proxyBeanMethods = false)
class PartnerApiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain partnerApi(HttpSecurity http, PartnerService partners, PartnerCredentialsProperties credentials)
            throws Exception {

        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint("Bearer",
                "Authentication required: send your partner token as 'Authorization: Bearer <token>'.");
        http.addFilterBefore(new PartnerTokenFilter(partners), AnonymousAuthenticationFilter.class);
        if (credentials.mtls()) {
            // OCES3 client certificates (checked against the CA chain by the TLS connector) before bearer tokens
            http.addFilterBefore(new PartnerCertificateFilter(partners), PartnerTokenFilter.class);
        }
        return http.securityMatcher(SecurityConfiguration.path("/api/v1/**"))
                .authorizeHttpRequests(requests -> requests
                        // an error raised after authentication keeps its own status, not 401
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAuthority(PartnerTokenFilter.PARTNER_AUTHORITY))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::apiHeaders)
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .build();
    }
}
