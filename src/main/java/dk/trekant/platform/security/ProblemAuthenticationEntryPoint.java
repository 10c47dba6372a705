package dk.trekant.platform.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import dk.trekant.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 as problem+json. The 401 never says which part of the credentials was wrong
 * (missing, malformed or unknown all read the same).
 */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String challenge;
    private final String detail;

    /**
     * @param challenge the {@code WWW-Authenticate} header value, e.g. {@code Bearer} or {@code Basic realm="Trekant"}
     * @param detail    what the caller must send
     */
    public ProblemAuthenticationEntryPoint(String challenge, String detail) {
        this.challenge = challenge;
        this.detail = detail;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "This operation is not open to you.");
    }
}
