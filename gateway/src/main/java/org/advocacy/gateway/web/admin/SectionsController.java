package org.advocacy.gateway.web.admin;

import org.advocacy.gateway.web.services.CasesClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The dashboard's cases as published so far (their issue adds the editing); events are
 * {@code EventAdminController}'s, notifications {@link NotificationsAdminController}'s, partners
 * {@link PartnersController}'s.
 */
@Controller
class SectionsController {

    private final CasesClient cases;

    SectionsController(CasesClient cases) {
        this.cases = cases;
    }

    @PreAuthorize("hasAnyRole('organiser', 'admin')")
    @GetMapping("/admin/cases")
    Mono<Rendering> cases() {
        return cases.published().map(page -> Rendering.view("admin/cases").modelAttribute("section", "cases")
                .modelAttribute("cases", page.items()).build());
    }
}
