package org.advocacy.gateway.web.admin;

import java.util.List;
import java.util.Set;

import org.advocacy.gateway.web.services.NotificationsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/** The delivery log of the platform's emails: failures first to hand, a resend, counts per kind and channel. */
@Controller
class NotificationsAdminController {

    private static final String ORGANISERS = "hasAnyRole('organiser', 'admin')";
    static final List<String> STATUSES = List.of("FAILED", "WAITING", "SENT");
    private static final Set<String> KINDS = Set.of("signature-confirmation", "rsvp-pending", "rsvp-confirmed",
            "rsvp-waitlisted", "rsvp-promoted", "rsvp-cancelled", "attendees-message", "reminder-day", "reminder-hours",
            "event-moved", "event-cancelled", "milestone");

    private final NotificationsClient notifications;

    NotificationsAdminController(NotificationsClient notifications) {
        this.notifications = notifications;
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/notifications")
    Mono<Rendering> log(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String kind,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "") String resent) {
        // Unknown filters are dropped rather than passed on: the page shows everything instead of an error.
        String shownStatus = STATUSES.contains(status) ? status : "";
        String shownKind = KINDS.contains(kind) ? kind : "";
        return page(shownStatus, shownKind, Math.max(0, page), resent.isBlank() ? null : "resent", HttpStatus.OK);
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/notifications/deliveries/{id}/resend")
    Mono<Rendering> resend(@PathVariable String id) {
        return notifications.resend(id)
                .map(sent -> Rendering.redirectTo("/admin/notifications?status=FAILED&resent=1").build())
                .onErrorResume(ServiceProblem.class, problem -> problem.status() >= 500 ? Mono.error(problem)
                        : page("FAILED", "", 0, problem.status() == 404 ? "unknown" : "not-resent", HttpStatus.UNPROCESSABLE_CONTENT));
    }

    private Mono<Rendering> page(String status, String kind, int page, String outcome, HttpStatus httpStatus) {
        return Mono.zip(notifications.deliveries(status, kind, page), notifications.counts())
                .map(found -> Rendering.view("admin/notifications").modelAttribute("section", "notifications")
                        .modelAttribute("deliveries", found.getT1()).modelAttribute("counts", found.getT2())
                        .modelAttribute("status", status).modelAttribute("kind", kind).modelAttribute("page", page)
                        .modelAttribute("statuses", STATUSES).modelAttribute("kinds", KINDS.stream().sorted().toList())
                        .modelAttribute("outcome", outcome == null ? "" : outcome).status(httpStatus).build());
    }
}
