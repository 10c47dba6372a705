package dk.trekant.platform.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets Trekant's own webapp plugins (the Tasklist "Sag" tab, "Find sag") call the staff API with
 * the staff member's Tasklist login: a request without HTTP Basic that carries the header
 * {@value #HEADER} and the webapp's session is authenticated as the user logged into that session,
 * with their Camunda groups, if that login may use Tasklist (read from camunda-webapp's documented session model, as
 * {@code VariableReadAuditFilter} does). The custom header is the CSRF defence: another site's page
 * cannot send it without a CORS preflight, which Trekant never answers.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Trekant-Webapp";

    private static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null && request.getHeader("Authorization") == null
                && request.getHeader(HEADER) != null) {
            HttpSession session = request.getSession(false);
            Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
            if (logins != null && logins.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication login
                    && login.isAuthorizedForApp("tasklist")) {
                List<String> groups = login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds());
                List<String> tenants = login.getTenantIds() == null ? List.of() : List.copyOf(login.getTenantIds());
                StaffPrincipal principal = new StaffPrincipal(login.getName(), groups, tenants);
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                        groups.stream().map(group -> new SimpleGrantedAuthority(StaffAuthenticationProvider.GROUP_PREFIX + group))
                                .toList()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
