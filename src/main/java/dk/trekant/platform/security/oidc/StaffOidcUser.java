package dk.trekant.platform.security.oidc;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import dk.trekant.platform.security.StaffPrincipal;

/** A staff member signed in by OpenID Connect: the OIDC user (for logout) and the staff principal. */
public class StaffOidcUser extends DefaultOidcUser implements StaffPrincipal.Source {

    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;

    public StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
            String nameAttributeKey, StaffPrincipal staff) {
        super(authorities, idToken, userInfo, nameAttributeKey);
        this.staff = staff;
    }

    @Override
    public StaffPrincipal staff() {
        return staff;
    }
}
