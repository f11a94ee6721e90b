package org.advocacy.gateway.web.admin;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.EventsClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The dashboard's other sections: cases and events as published so far (their issues add their
 * editing), and partner onboarding (admins; its page script calls the API).
 */
@Controller
class SectionsController {

    private final CasesClient cases;
    private final EventsClient events;
    private final WebProperties web;

    SectionsController(CasesClient cases, EventsClient events, WebProperties web) {
        this.cases = cases;
        this.events = events;
        this.web = web;
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin/cases")
    Mono<Rendering> cases() {
        return cases.published().map(page -> Rendering.view("admin/cases").modelAttribute("section", "cases")
                .modelAttribute("cases", page.items()).build());
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin/events")
    Mono<Rendering> events() {
        return events.ofCampaign(web.campaign().id()).map(page -> Rendering.view("admin/events")
                .modelAttribute("section", "events").modelAttribute("events", page.items()).build());
    }

    @PreAuthorize("hasRole('admin')")
    @GetMapping("/admin/partners")
    Mono<Rendering> partners() {
        return Mono.just(Rendering.view("admin/partners").modelAttribute("section", "partners").build());
    }
}
