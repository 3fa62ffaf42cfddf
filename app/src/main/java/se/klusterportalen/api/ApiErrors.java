package se.klusterportalen.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.klusterportalen.rejection.Rejection;
import se.klusterportalen.rejection.RejectionMessages;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON problem details (RFC 9457) for every error under /api, never an HTML page or a redirect.
 * <p>
 * A {@link Rejection} becomes: {@code Invalid} → 400, {@code Stale} → 409, {@code NotFound} → 404,
 * {@code Forbidden} → 403, with {@code detail} a readable sentence in the client's language (Swedish unless
 * {@code Accept-Language} prefers English), {@code messageKey} the text's key, and for {@code Invalid} a list
 * {@code errors} of {@code {field, messageKey, detail}}. Anything unexpected → 500 with a generic sentence, logged;
 * {@code IllegalArgumentException} and {@code NoSuchElementException} are programming errors like any other (ADR 0007).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before Boot's English problem details for the binding errors handled here
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    static final String UNEXPECTED = "rejection.unexpected";
    static final String REFUSED_STATUS = "rejection.request.refused-status";

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection rejection, HttpServletRequest request) {
        var problem = problem(rejection, language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        // one line per refused request (the log's region and user.name say whose): the key, never the input
        LOG.info("API request refused: {} {} -> {} {}", request.getMethod(), request.getRequestURI(),
                problem.getStatus(), rejection.messageKey());
        return problem;
    }

    /** The problem detail of a rejection, in a language of {@link RejectionMessages}. */
    static ProblemDetail problem(Rejection rejection, Locale language) {
        HttpStatus status = switch (rejection) {
            case Rejection.Invalid _ -> HttpStatus.BAD_REQUEST;
            case Rejection.Stale _ -> HttpStatus.CONFLICT;
            case Rejection.NotFound _ -> HttpStatus.NOT_FOUND;
            case Rejection.Forbidden _ -> HttpStatus.FORBIDDEN;
        };
        var problem = ProblemDetail.forStatusAndDetail(status, RejectionMessages.detail(rejection, language));
        problem.setProperty("messageKey", rejection.messageKey());
        if (rejection instanceof Rejection.Invalid invalid) {
            problem.setProperty("errors", invalid.errors().stream()
                    .map(error -> Map.of("field", error.field(), "messageKey", error.messageKey(),
                            "detail", RejectionMessages.text(error, language)))
                    .toList());
        }
        return problem;
    }

    /** Swedish unless the Accept-Language header prefers English over Swedish. */
    static Locale language(@Nullable String acceptLanguage) {
        return RejectionMessages.language(acceptLanguage);
    }

    /**
     * A request Spring MVC could not bind (a parameter of the wrong type, a missing parameter, a body that cannot be
     * read): 400 as an {@code Invalid} rejection naming the parameter, so it reads like every other refusal
     * ({@code detail} in the client's language, {@code messageKey}, {@code errors}).
     */
    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, BindException.class})
    ProblemDetail unreadable(Exception e, HttpServletRequest request) {
        Rejection.Invalid invalid = switch (e) {
            case MethodArgumentTypeMismatchException mismatch -> new Rejection.Invalid(mismatch.getName(),
                    "rejection.request.invalid-value", String.valueOf(mismatch.getValue()));
            case TypeMismatchException mismatch -> new Rejection.Invalid(String.valueOf(mismatch.getPropertyName()),
                    "rejection.request.invalid-value", String.valueOf(mismatch.getValue()));
            case MissingServletRequestParameterException missing -> new Rejection.Invalid(missing.getParameterName(),
                    "rejection.request.missing-value");
            case BindException binding when binding.getFieldErrorCount() > 0 -> new Rejection.Invalid(
                    binding.getFieldErrors().stream().map(error -> new Rejection.FieldError(error.getField(),
                            "rejection.request.invalid-value", String.valueOf(error.getRejectedValue()))).toList());
            default -> new Rejection.Invalid("body", "rejection.request.unreadable-body");
        };
        return rejected(invalid, request);
    }

    /**
     * Anything no one expected, a programming error included ({@code IllegalArgumentException},
     * {@code NoSuchElementException}, …): logged with its stack trace, answered with the generic 500 problem. A
     * refusal users should understand is a {@link Rejection}; Spring MVC's own exceptions keep their problem details
     * (Boot's handler runs first), and Spring Security's go back to its filters (401/403).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        Locale language = language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (e instanceof ErrorResponse refusal) {
            return refused(refusal, language);
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError().body(unexpected(language));
    }

    /**
     * Spring MVC's other refusals (a method or media type not served, a body that fails validation, …): their status,
     * headers and problem, with the detail a sentence in the client's language and a {@code messageKey}.
     */
    static ResponseEntity<ProblemDetail> refused(ErrorResponse refusal, Locale language) {
        ProblemDetail problem = refusal.getBody();
        HttpStatusCode status = refusal.getStatusCode();
        String reason = status instanceof HttpStatus known ? known.getReasonPhrase() : "";
        problem.setDetail(RejectionMessages.text(REFUSED_STATUS, List.of((status.value() + " " + reason).strip()),
                language));
        problem.setProperty("messageKey", REFUSED_STATUS);
        return ResponseEntity.status(status).headers(refusal.getHeaders()).body(problem);
    }

    /** The generic 500 problem: a sentence in the language and the key {@value #UNEXPECTED}, nothing of the error. */
    static ProblemDetail unexpected(Locale language) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                RejectionMessages.text(UNEXPECTED, List.of(), language));
        problem.setProperty("messageKey", UNEXPECTED);
        return problem;
    }

    /** Any /api path that no controller serves. */
    @Hidden
    @RestController
    static class UnknownApiPath {

        @RequestMapping("/api/**")
        ProblemDetail unknown(HttpServletRequest request) {
            return problem(new Rejection.NotFound(), language(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        }
    }
}
