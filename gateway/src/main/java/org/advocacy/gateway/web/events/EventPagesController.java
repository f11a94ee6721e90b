package org.advocacy.gateway.web.events;

import java.time.Clock;
import java.util.Locale;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.petition.FormErrors;
import org.advocacy.gateway.web.services.CampaignEvent;
import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.FormTokens;
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
 * The public events: the list with its filters (a plain GET form), an event's page with its RSVP
 * form (a plain HTML form: the gateway passes the answer on to events-service and answers "check
 * your email", or the form again with each error beside its field), and the "check your email" page.
 */
@Controller
class EventPagesController {

    private final EventsClient events;
    private final FormTokens formTokens;
    private final WebProperties web;
    private final Clock clock = Clock.systemUTC();

    EventPagesController(EventsClient events, FormTokens formTokens, WebProperties web) {
        this.events = events;
        this.formTokens = formTokens;
        this.web = web;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/events")
    Mono<Rendering> list(@RequestParam(required = false) String type, @RequestParam(required = false) String country,
                         @RequestParam(required = false) String campaign, ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        EventFilter filter = new EventFilter(type, country, campaign);
        return events.all().map(page -> {
            EventFilter.Listing listing = filter.apply(page.items(), clock.instant());
            return Rendering.view("events/list").modelAttribute("filter", filter)
                    .modelAttribute("upcoming", listing.upcoming()).modelAttribute("past", listing.past())
                    .modelAttribute("countries", EventFilter.countries(page.items(), locale))
                    .modelAttribute("campaigns", EventFilter.campaigns(page.items())).build();
        });
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/events/{id}")
    Mono<Rendering> event(@PathVariable String id, ServerWebExchange exchange) {
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        return events.one(id).map(event -> page(event, RsvpForm.empty(language), FormErrors.NONE, exchange).build());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/events/{id}/rsvps")
    Mono<Rendering> rsvp(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            RsvpForm form = RsvpForm.of(data);
            if (!formTokens.accepts(exchange, data.getFirst(FormTokens.FIELD))) {
                return again(id, form, FormErrors.general("error.formExpired"), exchange);
            }
            Mono<Void> sent = form.byRobot() ? Mono.empty() : events.rsvp(id, form.toRequest());
            return sent.then(Mono.just(Rendering.redirectTo("/events/" + id + "/check-email").build()))
                    .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                            : again(id, form, FormErrors.of(problem, "rsvp", RsvpForm.FIELDS), exchange));
        });
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/events/{id}/check-email")
    Mono<Rendering> checkEmail(@PathVariable String id) {
        return events.one(id).map(event -> Rendering.view("events/check-email").modelAttribute("event", event).build());
    }

    private Mono<Rendering> again(String id, RsvpForm form, FormErrors errors, ServerWebExchange exchange) {
        return events.one(id).map(event -> page(event, form, errors, exchange).status(HttpStatus.UNPROCESSABLE_CONTENT).build());
    }

    private Rendering.Builder<?> page(CampaignEvent event, RsvpForm form, FormErrors errors, ServerWebExchange exchange) {
        boolean open = !event.cancelled() && event.ahead(clock.instant());
        return Rendering.view("events/event").modelAttribute("event", event)
                .modelAttribute("open", open)
                .modelAttribute("form", form).modelAttribute("errors", errors)
                .modelAttribute("formToken", open ? formTokens.issue(exchange) : "")
                .modelAttribute("feedCampaign", event.campaign() == null ? web.campaign().id() : event.campaign());
    }
}
