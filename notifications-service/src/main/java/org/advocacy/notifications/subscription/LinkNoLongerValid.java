package org.advocacy.notifications.subscription;

import java.net.URI;

import org.advocacy.conventions.problem.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An emailed link whose token is not ours, or whose follow expired: 410, whichever it was. */
class LinkNoLongerValid extends ErrorResponseException {

    LinkNoLongerValid() {
        super(HttpStatus.GONE, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "This link has expired or is not valid.");
        problem.setType(URI.create(ApiProblems.TYPE_BASE + "link-no-longer-valid"));
        problem.setTitle("Link no longer valid");
        return problem;
    }
}
