package dk.trekant.platform.security.oidc;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import dk.trekant.platform.security.StaffPrincipal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Camunda's container-based authentication (public webapp API) fed by Spring Security: the staff
 * member who signed in by OpenID Connect becomes the webapps' user, with the token's groups.
 * Instantiated by Camunda's {@code ContainerBasedAuthenticationFilter} by class name.
 */
public class SsoContainerAuthenticationProvider extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return StaffPrincipal.of(authentication).map(staff -> {
            AuthenticationResult result = AuthenticationResult.successful(staff.userId());
            result.setGroups(staff.groupIds());
            result.setTenants(staff.tenantIds());
            return result;
        }).orElseGet(AuthenticationResult::unsuccessful);
    }
}
