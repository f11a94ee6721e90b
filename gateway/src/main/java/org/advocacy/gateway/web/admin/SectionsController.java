package org.advocacy.gateway.web.admin;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.services.EventsClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The dashboard's other sections: events as published so far (its issue adds their editing),
 * notifications, and partner onboarding (admins; its page script calls the API).
 */
@Controller
class SectionsController {

    private final EventsClient events;
    private final WebProperties web;

    SectionsController(EventsClient events, WebProperties web) {
        this.events = events;
        this.web = web;
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin/events")
    Mono<Rendering> events() {
        return events.ofCampaign(web.campaign().id()).map(page -> Rendering.view("admin/events")
                .modelAttribute("section", "events").modelAttribute("events", page.items()).build());
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin/notifications")
    Mono<Rendering> notifications() {
        return Mono.just(Rendering.view("admin/notifications").modelAttribute("section", "notifications").build());
    }

    @PreAuthorize("hasRole('admin')")
    @GetMapping("/admin/partners")
    Mono<Rendering> partners() {
        return Mono.just(Rendering.view("admin/partners").modelAttribute("section", "partners").build());
    }
}
