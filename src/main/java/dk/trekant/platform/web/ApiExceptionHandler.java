package dk.trekant.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error of Trekant's own API is {@code application/problem+json}; a bad field is named in
 * {@code errors[].field}. Rejected values are never echoed: they may be personal data.
 * <p>
 * Deliberately not limited to Trekant's controllers: errors raised before a controller is chosen
 * (a wrong method, an unknown path) have no controller, and an advice limited by package would
 * skip them; they then went through the servlet error page and came out as 401 on the partner
 * API (the error dispatch carries the partner's bearer token) instead of 405 or 404.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return invalid(e.errors());
    }

    /** A unique key hit by a concurrent request: the caller may retry and will see the stored result. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The request conflicts with data stored at the same moment. Retry it.");
        problem.setTitle("Conflict");
        return problem;
    }

    /**
     * Anything unexpected: 500 as problem+json, logged with its stack trace. The answer says nothing
     * of the cause; the log says what failed (exception messages here never carry personal data:
     * CPR numbers reach the database only encrypted or hashed).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        log.error("Unexpected error in the API", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Trekant could not handle the request. Nothing was stored; retry it later.");
        problem.setTitle("Internal error");
        if (RefusalPages.isBrowserPage(request)) {
            return RefusalPages.entity(500);
        }
        return ResponseEntity.internalServerError().body(problem);
    }

    /**
     * Every error Spring MVC answers itself (404 for an unknown page, 405 ...): a person's browser
     * asking for a page gets the Danish page; API clients keep problem+json.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (request instanceof ServletWebRequest servlet && RefusalPages.isBrowserPage(servlet.getRequest())) {
            return RefusalPages.entity(statusCode.value());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    /**
     * A path variable that converts to nothing (e.g. {@code /notifications/%20} for a UUID) is the
     * caller's bad input, not a server error as Spring's default (500) has it.
     */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (!e.isMissingAfterConversion()) {
            return super.handleMissingPathVariable(e, headers, status, request);
        }
        return ResponseEntity.badRequest()
                .body(invalid(List.of(new InvalidRequestException.FieldError(e.getVariableName(), "is missing or not valid"))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidRequestException.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error ->
                errors.add(new InvalidRequestException.FieldError(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new InvalidRequestException.FieldError(error.getObjectName(), error.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = fieldPath(mapping);
            String message = "cannot be read";
            if (mapping instanceof UnrecognizedPropertyException) {
                message = "unknown field";
            } else if (mapping instanceof InvalidFormatException) {
                message = "has the wrong format or is not one of the allowed values";
            }
            problem = invalid(List.of(new InvalidRequestException.FieldError(field, message)));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid JSON.");
            problem.setTitle("Malformed request body");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static ProblemDetail invalid(List<InvalidRequestException.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields: " + String.join(", ",
                        errors.stream().map(InvalidRequestException.FieldError::field).toList()) + ".");
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }
}
