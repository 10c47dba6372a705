package dk.trekant.platform.security.oidc;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Keeps Camunda's identity in step with the identity provider at each single sign-on: the user exists
 * (Camunda's webapps, filters and authorizations need it) with the name the token gives, and is a
 * member of exactly Trekant's groups that the token names. A group removed at the identity provider
 * is thus removed here at the user's next login; groups that are not Trekant's are never touched.
 */
public class StaffDirectory {

    private final IdentityService identityService;

    public StaffDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void synchronize(String userId, String firstName, String lastName, List<String> groups) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
        }
        user.setFirstName(firstName == null ? "" : firstName);
        user.setLastName(lastName == null ? "" : lastName);
        identityService.saveUser(user);
        Set<String> current = new HashSet<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            current.add(group.getId());
        }
        for (String group : current) {
            if (OidcGroups.KNOWN.contains(group) && !groups.contains(group)) {
                identityService.deleteMembership(userId, group);
            }
        }
        for (String group : groups) {
            if (!current.contains(group) && identityService.createGroupQuery().groupId(group).count() > 0) {
                identityService.createMembership(userId, group);
            }
        }
    }
}
