package org.advocacy.conventions.problem;

import java.net.URI;
import java.util.List;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of a service's API as an RFC 9457 problem detail with a stable {@code type}: bad
 * input names each field, nothing internal (class names, stack traces) reaches the caller.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    public static final String TYPE_BASE = "https://advocacy.example.org/problems/";

    /** About how long a restarted store takes to answer again. */
    static final long STORE_RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation", "Request breaks a rule", e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        return problem;
    }

    /** Refused by an endpoint's rule: 401 for a caller without a token, 403 for one whose role falls short. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .body(problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Not authenticated",
                            "A valid access token is needed for this."));
        }
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this."));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
                "Someone else changed this at the same time; reload and try again.");
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        return problem(HttpStatus.CONFLICT, "duplicate", "Already exists", "Something with the same identity already exists.");
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Some values are not valid.");
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage())).toList());
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "Parameter '%s' has a value of the wrong form.".formatted(e.getName()));
        problem.setProperty("errors", List.of(new FieldProblem(e.getName(), "has a value of the wrong form")));
        return problem;
    }

    /**
     * The store is away (restarted, unreachable): nothing was changed, so the caller may simply try
     * again; a 503 with {@code Retry-After} says so, where a 500 would blame the request.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
            MongoSocketException.class, MongoTimeoutException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(Exception e) {
        log.warn("The database is not reachable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(STORE_RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable",
                        "We cannot store or read this just now. Nothing was changed; please try again shortly."));
    }

    /**
     * What Spring Data does not sort, among it the driver's refusal while its connection pool
     * recovers from a lost server: that one is the store being away too.
     */
    @ExceptionHandler(UncategorizedMongoDbException.class)
    ResponseEntity<ProblemDetail> uncategorizedStoreFailure(UncategorizedMongoDbException e) {
        if (e.getCause() instanceof MongoConnectionPoolClearedException || e.getCause() instanceof MongoSocketException
                || e.getCause() instanceof MongoTimeoutException) {
            return storeUnavailable(e);
        }
        return ResponseEntity.internalServerError().body(unexpected(e));
    }

    /** Anything unforeseen: logged with its stack trace here, a plain 500 for the caller. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. It was logged; please try again later.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Some fields are not valid.");
        problem.setProperty("errors", e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", "Some values are not valid.");
        problem.setProperty("errors", e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(err -> new FieldProblem(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable-body", "Unreadable body",
                "The request body is not JSON of the expected shape: check types and required fields.");
        // A value of the wrong type or an unknown enum constant: name the field, as validation does.
        if (e.getMostSpecificCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElseThrow();
            problem.setProperty("errors", List.of(new FieldProblem(field, "has a value of the wrong form")));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        // Spring's own problems (405, 415, 413...) get the same stable type scheme as ours.
        if (body instanceof ProblemDetail problem && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** One field's problem, as {@code errors[]} in the problem detail. */
    public record FieldProblem(String field, String message) {
    }
}
