package dk.trekant.platform.security;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Spring Security's view of {@link StaffAuthenticator}: authorities are {@code GROUP_<camunda group id>}. */
public class StaffAuthenticationProvider implements AuthenticationProvider {

    public static final String GROUP_PREFIX = "GROUP_";

    private final StaffAuthenticator authenticator;

    StaffAuthenticationProvider(StaffAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        StaffPrincipal principal = authenticator
                .authenticate(userId, credentials == null ? null : credentials.toString())
                .orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        List<SimpleGrantedAuthority> authorities = principal.groupIds().stream()
                .map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
