package dk.trekant.platform.security;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The order in which Trekant's API refuses a request, the same for every operation: who are you
 * (401, the filter chains), may you do this (403), is the body JSON (415), then is it valid (400).
 * Spring checks an operation's {@code @PreAuthorize} only when the method is called — after the body
 * has been read and validated — so a partner of the wrong kind would learn the body's rules (400)
 * before being refused. This interceptor runs the same {@code @PreAuthorize} before the body is
 * read, and then admits a body only as {@code application/json} (not {@code application/*+json},
 * not multipart). The method's own check stays as it is.
 */
final class PermissionBeforeBody implements HandlerInterceptor {

    private static final List<MediaType> JSON_ONLY = List.of(MediaType.APPLICATION_JSON);

    private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AuthorizationResult decision = authorization.authorize(SecurityContextHolder.getContext()::getAuthentication,
                new SimpleMethodInvocation(method.getBean(), method.getMethod()));
        if (decision != null && !decision.isGranted()) {
            throw new AccessDeniedException("Access denied");
        }
        RequestBody body = Arrays.stream(method.getMethodParameters())
                .map(parameter -> parameter.getParameterAnnotation(RequestBody.class))
                .filter(annotation -> annotation != null).findFirst().orElse(null);
        if (body != null && (body.required() || hasBody(request))) {
            requireJson(request);
        }
        return true;
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || request.getContentType() != null;
    }

    private static void requireJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        try {
            if (contentType != null && MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                return;
            }
        } catch (InvalidMediaTypeException unreadable) {
            // refused below like any other type
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the body as JSON with 'Content-Type: application/json'.");
        problem.setTitle("Unsupported Media Type");
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(JSON_ONLY);
        throw new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
