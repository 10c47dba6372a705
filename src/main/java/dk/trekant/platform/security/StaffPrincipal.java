package dk.trekant.platform.security;

import java.util.List;

/** A staff member authenticated against Camunda's identity service, with their groups and tenants. */
public record StaffPrincipal(String userId, List<String> groupIds, List<String> tenantIds) {

    public StaffPrincipal {
        groupIds = List.copyOf(groupIds);
        tenantIds = List.copyOf(tenantIds);
    }

    /** A principal that stands for a staff member, e.g. one signed in by OpenID Connect. */
    public interface Source {
        StaffPrincipal staff();
    }

    /** The staff member behind an authentication, however they signed in (Basic, OpenID Connect, bearer JWT). */
    public static java.util.Optional<StaffPrincipal> of(org.springframework.security.core.Authentication authentication) {
        if (authentication == null) {
            return java.util.Optional.empty();
        }
        if (authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return java.util.Optional.of(staff);
        }
        if (authentication.getPrincipal() instanceof Source source) {
            return java.util.Optional.of(source.staff());
        }
        return java.util.Optional.empty();
    }

    /** The name the audit trail gives the caller: the staff member's user id (for single sign-on, the IdP's subject). */
    public static String actor(org.springframework.security.core.Authentication authentication) {
        return of(authentication).map(StaffPrincipal::userId)
                .orElse(authentication == null ? "unknown" : authentication.getName());
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
