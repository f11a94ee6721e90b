package org.advocacy.gateway.web.admin.events;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.admin.FieldProblems;
import org.advocacy.gateway.web.services.CampaignEvent;
import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Organisers' events: the list with drafts, drafting and revising (moving a published event is a
 * revision its attendees hear of) with events-service's problems beside their fields, publishing
 * and cancelling.
 */
@Controller
class EventAdminController {

    static final String ORGANISERS = "hasAnyRole('organiser', 'admin')";

    private final EventsClient events;
    private final WebProperties web;

    EventAdminController(EventsClient events, WebProperties web) {
        this.events = events;
        this.web = web;
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/events")
    Mono<Rendering> list() {
        return list("", HttpStatus.OK);
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/events/new")
    Mono<Rendering> blank() {
        return Mono.just(form(EventForm.blank(web.campaign().id()), null, FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/events")
    Mono<Rendering> draft(ServerWebExchange exchange) {
        return exchange.getFormData().map(EventForm::of).flatMap(form -> events.draft(form.toRequest())
                .map(drafted -> Rendering.redirectTo("/admin/events").build())
                .onErrorResume(ServiceProblem.class, problem -> Mono.just(form(form, null, FieldProblems.of(problem),
                        HttpStatus.UNPROCESSABLE_CONTENT))));
    }

    @PreAuthorize(ORGANISERS)
    @GetMapping("/admin/events/{id}/edit")
    Mono<Rendering> edit(@PathVariable String id) {
        return events.one(id).map(event -> form(EventForm.of(event), event, FieldProblems.NONE, HttpStatus.OK));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/events/{id}")
    Mono<Rendering> revise(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().map(EventForm::of).flatMap(form -> events.revise(id, form.toRequest())
                .map(revised -> Rendering.redirectTo("/admin/events").build())
                .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                        : events.one(id).map(event -> form(form, event, FieldProblems.of(problem), HttpStatus.UNPROCESSABLE_CONTENT))));
    }

    @PreAuthorize(ORGANISERS)
    @PostMapping("/admin/events/{id}/{step:publication|cancellation}")
    Mono<Rendering> step(@PathVariable String id, @PathVariable String step) {
        return events.step(id, step).map(done -> Rendering.redirectTo("/admin/events").build())
                .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                        : list(problem.getMessage(), HttpStatus.UNPROCESSABLE_CONTENT));
    }

    private Mono<Rendering> list(String problem, HttpStatus status) {
        return events.all().map(page -> Rendering.view("admin/events/list").modelAttribute("section", "events")
                .modelAttribute("events", page.items()).modelAttribute("problem", problem).status(status).build());
    }

    private static Rendering form(EventForm form, CampaignEvent event, FieldProblems problems, HttpStatus status) {
        return Rendering.view("admin/events/form").modelAttribute("section", "events")
                .modelAttribute("form", form).modelAttribute("id", event == null ? "" : event.id())
                .modelAttribute("published", event != null && "PUBLISHED".equals(event.status()))
                .modelAttribute("problems", problems).modelAttribute("languages", EventForm.LANGUAGES)
                .modelAttribute("kinds", EventForm.KINDS).status(status).build();
    }
}
