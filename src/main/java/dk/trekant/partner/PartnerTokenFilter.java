package dk.trekant.partner;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the partner API: a static partner token or an
 * OAuth2 access token (JWT) of a trusted issuer (see {@link PartnerService#authenticate}). A request without a
 * valid token stays anonymous and is answered 401 by the chain's entry point, whatever was wrong.
 * Also used by {@code /api/v1/statistics}, which admits the police's token and leaders' Basic.
 */
public class PartnerTokenFilter extends OncePerRequestFilter {

    static final String PARTNER_AUTHORITY = "PARTNER";
    /** Static tokens are short; an OAuth2 access token (JWT) may be a few kilobytes. */
    private static final int MAX_TOKEN_LENGTH = 8192;

    private final PartnerService partners;

    public PartnerTokenFilter(PartnerService partners) {
        this.partners = partners;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            bearerToken(request).flatMap(partners::authenticate).ifPresent(PartnerTokenFilter::signIn);
        }
        chain.doFilter(request, response);
    }

    /** The partner becomes the request's principal, with {@code PARTNER} and its kind's authority. */
    static void signIn(Partner partner) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(PartnerPrincipal.of(partner), null,
                List.of(new SimpleGrantedAuthority(PARTNER_AUTHORITY), new SimpleGrantedAuthority(partner.getKind().authority())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(token);
    }
}
