package org.advocacy.gateway.web.events;

import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.EmailedLinks;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The pages that the links in RSVP emails open, {@code /rsvps/confirm?token=...} and
 * {@code /rsvps/cancel?token=...}. Opening one changes nothing (mail scanners open links); the
 * supporter's button posts the token, and the page says where the answer stands.
 */
@Controller
class RsvpLinkController {

    private final EventsClient events;
    private final EmailedLinks links;

    RsvpLinkController(EventsClient events, EmailedLinks links) {
        this.events = events;
        this.links = links;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/rsvps/{link:confirm|cancel}")
    Mono<Rendering> open(@PathVariable String link, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return links.page("events/link", link, token, exchange);
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/rsvps/{link:confirm|cancel}")
    Mono<Rendering> press(@PathVariable String link, ServerWebExchange exchange) {
        return links.pressed(exchange, 100, "rsvp.link.incomplete", (message, status) -> outcome(link, message, false, null, status),
                form -> events.byLink(link.equals("confirm") ? "confirmation" : "cancellation", form.token())
                        .map(answer -> outcome(link, "rsvp.outcome." + answer.status(), true, answer.eventId(), HttpStatus.OK))
                        .onErrorResume(ServiceProblem.class, problem -> Mono.just(switch (problem.status()) {
                            case 410, 404 -> outcome(link, "rsvp.link." + link + ".gone", false, null, HttpStatus.GONE);
                            case 429 -> outcome(link, "error.tooMany", false, null, HttpStatus.TOO_MANY_REQUESTS);
                            default -> outcome(link, "rsvp.link.incomplete", false, null, HttpStatus.BAD_REQUEST);
                        })));
    }

    private static Rendering outcome(String link, String message, boolean done, String eventId, HttpStatus status) {
        return Rendering.view("events/outcome").status(status).modelAttribute("link", link)
                .modelAttribute("message", message).modelAttribute("done", done)
                .modelAttribute("eventId", eventId == null ? "" : eventId).build();
    }
}
