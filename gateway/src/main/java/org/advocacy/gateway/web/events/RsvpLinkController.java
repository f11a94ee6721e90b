package org.advocacy.gateway.web.events;

import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.FormTokens;
import org.springframework.http.CacheControl;
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
    private final FormTokens formTokens;

    RsvpLinkController(EventsClient events, FormTokens formTokens) {
        this.events = events;
        this.formTokens = formTokens;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/rsvps/{link:confirm|cancel}")
    Mono<Rendering> open(@PathVariable String link, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        secret(exchange);
        return Mono.just(Rendering.view("events/link").modelAttribute("link", link)
                .modelAttribute("token", token == null ? "" : token)
                .modelAttribute("formToken", formTokens.issue(exchange)).build());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/rsvps/{link:confirm|cancel}")
    Mono<Rendering> press(@PathVariable String link, ServerWebExchange exchange) {
        secret(exchange);
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            if (!formTokens.accepts(exchange, form.getFirst(FormTokens.FIELD))) {
                return Mono.just(outcome(link, "error.formExpired", false, null, HttpStatus.BAD_REQUEST));
            }
            if (token == null || token.isBlank() || token.length() > 100) {
                return Mono.just(outcome(link, "rsvp.link.incomplete", false, null, HttpStatus.BAD_REQUEST));
            }
            return events.byLink(link.equals("confirm") ? "confirmation" : "cancellation", token)
                    .map(answer -> outcome(link, "rsvp.outcome." + answer.status(), true, answer.eventId(), HttpStatus.OK))
                    .onErrorResume(ServiceProblem.class, problem -> Mono.just(switch (problem.status()) {
                        case 410, 404 -> outcome(link, "rsvp.link." + link + ".gone", false, null, HttpStatus.GONE);
                        case 429 -> outcome(link, "error.tooMany", false, null, HttpStatus.TOO_MANY_REQUESTS);
                        default -> outcome(link, "rsvp.link.incomplete", false, null, HttpStatus.BAD_REQUEST);
                    }));
        });
    }

    private static Rendering outcome(String link, String message, boolean done, String eventId, HttpStatus status) {
        return Rendering.view("events/outcome").status(status).modelAttribute("link", link)
                .modelAttribute("message", message).modelAttribute("done", done)
                .modelAttribute("eventId", eventId == null ? "" : eventId).build();
    }

    // The address carries a secret token: no cache may keep the page, and a Referer names only the site.
    private static void secret(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
        exchange.getResponse().getHeaders().set("Referrer-Policy", "strict-origin");
    }
}
