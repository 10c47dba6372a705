package dk.trekant.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes RFC 9457 problem+json bodies from places that run before Spring MVC (security filters);
 * a person's browser asking for a page gets {@link RefusalPages}' Danish page instead.
 */
public final class ProblemResponses {

    /** Built like Spring MVC's mapper, so that problems look the same from filters and from controllers. */
    private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String detail) throws IOException {
        if (RefusalPages.isBrowserPage(request)) {
            // a person's browser: a Danish page with a way on (the API keeps problem+json)
            response.setStatus(status.value());
            response.setHeader("Content-Security-Policy", RefusalPages.CSP);
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(RefusalPages.html(status.value()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        MAPPER.writeValue(response.getOutputStream(), problem);
    }
}
