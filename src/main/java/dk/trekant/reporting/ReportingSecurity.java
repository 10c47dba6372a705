package dk.trekant.reporting;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import dk.trekant.partner.PartnerKind;
import dk.trekant.partner.PartnerService;
import dk.trekant.partner.PartnerTokenFilter;
import dk.trekant.platform.identity.StaffGroups;
import dk.trekant.platform.security.ProblemAuthenticationEntryPoint;
import dk.trekant.platform.security.SecurityConfiguration;
import dk.trekant.platform.security.StaffAuthenticationProvider;
import jakarta.servlet.DispatcherType;

/**
 * Who reaches the reports, the dashboard and the statistics:
 * <ul>
 * <li>{@code /reports/**} (published reports, HTML and CSV): every staff group by HTTP Basic against
 * Camunda identity; drafts ({@code /reports/drafts/**}) only {@code leder}.</li>
 * <li>{@code /dashboard/**} and the chart library {@code /webjars/chart.js/**}: {@code leder} only;
 * the only pages whose Content-Security-Policy admits scripts, and only the application's own.</li>
 * <li>{@code /api/v1/statistics}: {@code leder} by HTTP Basic, or the POLICE partner by its bearer
 * token (the lokalråd's shared picture). It is matched before the partner chain of {@code /api/v1/**},
 * which accepts tokens only.</li>
 * <li>With single sign-on on, the reports and the dashboard also take a staff member's OpenID Connect
 * session, and a browser without one is sent to the identity provider's login and back.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ReportingSecurity {

    static final String LEADER = StaffAuthenticationProvider.GROUP_PREFIX + StaffGroups.LEDER;

    private static final String REPORT_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final String DASHBOARD_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static String[] staffGroups() {
        return StaffGroups.STAFF.stream().map(group -> StaffAuthenticationProvider.GROUP_PREFIX + group).toArray(String[]::new);
    }

    @Bean
    @Order(1)
    SecurityFilterChain statisticsApiChain(HttpSecurity http, StaffAuthenticationProvider staff, PartnerService partners)
            throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(
                "Bearer, " + SecurityConfiguration.BASIC_CHALLENGE,
                "Authentication required: the police's partner token (Bearer) or a leader's credentials (HTTP Basic).");
        return http.securityMatcher(SecurityConfiguration.path("/api/v1/statistics"))
                .authenticationProvider(staff)
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new PartnerTokenFilter(partners), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAnyAuthority(LEADER, PartnerKind.POLICE.authority()))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::apiHeaders)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain dashboardChain(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return SecurityConfiguration.staffPages(http,
                new OrRequestMatcher(SecurityConfiguration.path("/dashboard"),
                        SecurityConfiguration.path("/dashboard/**"), SecurityConfiguration.path("/webjars/chart.js/**")),
                        staff, "Authentication required: a leader's credentials (HTTP Basic).")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAuthority(LEADER))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DASHBOARD_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain reportPagesChain(HttpSecurity http, StaffAuthenticationProvider staff) throws Exception {
        return SecurityConfiguration.staffPages(http,
                new OrRequestMatcher(SecurityConfiguration.path("/reports"),
                        SecurityConfiguration.path("/reports/**")),
                        staff, "Authentication required: staff credentials (HTTP Basic).")
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(SecurityConfiguration.path("/reports/drafts/**")).hasAuthority(LEADER)
                        .anyRequest().hasAnyAuthority(staffGroups()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(REPORT_CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }
}
