package dk.trekant.demo;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import dk.trekant.platform.identity.IdentityBootstrap;
import dk.trekant.platform.identity.StaffGroups;

/** Demo staff, one per group; the password is the user name. Demo profile only. */
@Component
@Profile("demo")
class DemoStaff implements InitializingBean {

    private final IdentityBootstrap identity;

    DemoStaff(IdentityBootstrap identity) {
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        user(StaffGroups.KOORDINATOR, "Mette", "Kristensen");
        user(StaffGroups.FOREBYGGER, "Jonas", "Nielsen");
        user(StaffGroups.KONSULENT, "Sofie", "Andersen");
        user(StaffGroups.LEDER, "Lars", "Pedersen");
        user(StaffGroups.SOCIALRAADGIVER, "Camilla", "Hansen");
    }

    private void user(String groupAndUserId, String firstName, String lastName) {
        identity.ensureUser(groupAndUserId, groupAndUserId, firstName, lastName,
                groupAndUserId + "@trekant.example", groupAndUserId);
    }
}
