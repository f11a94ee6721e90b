package org.advocacy.notifications.delivery;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.advocacy.conventions.PageView;
import org.advocacy.conventions.problem.ApiProblems;
import org.advocacy.conventions.security.Access;
import org.advocacy.notifications.mail.Mailer.AddressRefused;
import org.advocacy.notifications.mail.Mailer.MailNotSent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log: what was sent, what failed, and a resend. Organisers. */
@RestController
@RequestMapping("/api/notifications/deliveries")
class DeliveryController {

    private final DeliveryLog log;
    private final DeliveryReadings readings;
    private final Clock clock;

    DeliveryController(DeliveryLog log, DeliveryReadings readings, Clock clock) {
        this.log = log;
        this.readings = readings;
        this.clock = clock;
    }

    /** The newest first; {@code status} and {@code kind} narrow it. */
    @PreAuthorize(Access.ORGANISER)
    @GetMapping
    PageView<DeliveryView> deliveries(@RequestParam(required = false) DeliveryStatus status,
                                      @RequestParam(required = false) @Pattern(regexp = "[a-z0-9-]{1,40}") String kind,
                                      @RequestParam(defaultValue = "0") @Min(0) int page,
                                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var now = clock.instant();
        return PageView.of(readings.page(status, kind, page, size), delivery -> DeliveryView.of(delivery, now));
    }

    /** How many emails of each kind were sent, failed, wait. */
    @PreAuthorize(Access.ORGANISER)
    @GetMapping("/counts")
    List<DeliveryCount> counts() {
        return readings.counts();
    }

    /** Sends a failed email again from its kept copy: 422 when it is not failed or its copy is gone. */
    @PreAuthorize(Access.ORGANISER)
    @PostMapping("/{id}/resend")
    DeliveryView resend(@PathVariable @Pattern(regexp = "[A-Za-z0-9:._-]{1,200}") String id) {
        return DeliveryView.of(log.resend(id), clock.instant());
    }

    @ExceptionHandler(MailNotSent.class)
    ResponseEntity<ProblemDetail> mailServerAway(MailNotSent e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The mail server did not take the email just now; it stays failed. Please try again shortly.");
        problem.setType(URI.create(ApiProblems.TYPE_BASE + "mail-server-unavailable"));
        problem.setTitle("Mail server unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    @ExceptionHandler(AddressRefused.class)
    ProblemDetail addressRefused(AddressRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "The mail server refused the address again; the email stays failed.");
        problem.setType(URI.create(ApiProblems.TYPE_BASE + "address-refused"));
        problem.setTitle("Address refused");
        return problem;
    }
}
