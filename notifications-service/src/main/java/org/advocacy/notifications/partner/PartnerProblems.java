package org.advocacy.notifications.partner;

import java.net.URI;
import java.util.List;

import org.advocacy.conventions.problem.ApiProblems;
import org.advocacy.notifications.partner.Onboarding.PartnerAlreadyExists;
import org.advocacy.notifications.partner.PartnerClients.ClientMissing;
import org.advocacy.notifications.partner.PartnerClients.IdentityProviderUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The partner API's own problems, in the service's problem-detail scheme; asked before the general ones. */
@RestControllerAdvice(assignableTypes = PartnerController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerProblems {

    private static final Logger log = LoggerFactory.getLogger(PartnerProblems.class);

    @ExceptionHandler(IdentityProviderUnavailable.class)
    ResponseEntity<ProblemDetail> identityProviderUnavailable(IdentityProviderUnavailable e) {
        log.warn("{}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                "Identity provider unavailable", "Keycloak could not be reached; nothing was changed. Please try again later.");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    @ExceptionHandler(ClientMissing.class)
    ProblemDetail clientMissing(ClientMissing e) {
        log.warn("{}", e.getMessage());
        return problem(HttpStatus.CONFLICT, "partner-client-missing", "Partner's client missing",
                "The partner's client no longer exists in Keycloak, so its access cannot be changed here.");
    }

    @ExceptionHandler(PartnerAlreadyExists.class)
    ProblemDetail alreadyExists(PartnerAlreadyExists e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "duplicate", "Already exists", e.getMessage());
        problem.setProperty("errors", List.of(new ApiProblems.FieldProblem("name", "is taken by another partner")));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(ApiProblems.TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
