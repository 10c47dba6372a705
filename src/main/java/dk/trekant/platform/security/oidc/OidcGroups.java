package dk.trekant.platform.security.oidc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dk.trekant.platform.identity.StaffGroups;

/**
 * Reads Trekant's groups from a token's groups claim. Entra ID sends app roles ({@code ["koordinator"]}),
 * Keycloak group paths ({@code ["/koordinator", "/kommune/kpt/leder"]}): a path counts by its last
 * segment. Anything that is not one of Trekant's groups is left out.
 */
public final class OidcGroups {

    /** The groups a token may give: the staff groups and the administrators. */
    public static final Set<String> KNOWN;

    static {
        Set<String> known = new LinkedHashSet<>(StaffGroups.STAFF);
        known.add(StaffGroups.ADMIN);
        KNOWN = Set.copyOf(known);
    }

    private OidcGroups() {
    }

    public static List<String> of(Object claim) {
        Collection<?> values;
        if (claim instanceof Collection<?> collection) {
            values = collection;
        } else if (claim instanceof String text) {
            values = List.of(text.split("[,\\s]+"));
        } else {
            return List.of();
        }
        Set<String> groups = new LinkedHashSet<>();
        for (Object value : values) {
            if (value == null) {
                continue;
            }
            String group = value.toString().trim();
            int slash = group.lastIndexOf('/');
            if (slash >= 0) {
                group = group.substring(slash + 1);
            }
            group = group.toLowerCase(Locale.ROOT);
            if (KNOWN.contains(group)) {
                groups.add(group);
            }
        }
        return new ArrayList<>(groups);
    }
}
