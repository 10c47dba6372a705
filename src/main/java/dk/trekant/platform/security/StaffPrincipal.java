package dk.trekant.platform.security;

import java.util.List;

/** A staff member authenticated against Camunda's identity service, with their groups and tenants. */
public record StaffPrincipal(String userId, List<String> groupIds, List<String> tenantIds) {

    public StaffPrincipal {
        groupIds = List.copyOf(groupIds);
        tenantIds = List.copyOf(tenantIds);
    }

    /** The name the audit trail gives the caller: the staff member's user id (for single sign-on, the IdP's subject). */
    public static String actor(org.springframework.security.core.Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal staff) {
            return staff.userId();
        }
        return authentication == null ? "unknown" : authentication.getName();
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
