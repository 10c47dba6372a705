package dk.trekant.platform.security;

import java.util.List;

/** A staff member authenticated against Camunda's identity service, with their groups and tenants. */
public record StaffPrincipal(String userId, List<String> groupIds, List<String> tenantIds) {

    public StaffPrincipal {
        groupIds = List.copyOf(groupIds);
        tenantIds = List.copyOf(tenantIds);
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
