package se.klusterportalen.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.NoSuchElementException;

/** JSON problem details (RFC 9457) for every error under /api, never an HTML page or a redirect. */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Any /api path that no controller serves. */
    @RestController
    static class UnknownApiPath {

        @RequestMapping("/api/**")
        ProblemDetail unknown() {
            return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such API resource.");
        }
    }
}
