package org.advocacy.gateway.web.admin;

import org.advocacy.gateway.web.services.WebhooksClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * Partner NGOs (admins): onboarding (its page script calls the API) and each partner's webhook
 * endpoints with their delivery health. Onboarding stays usable when the health cannot be read.
 */
@Controller
class PartnersController {

    private static final Logger log = LoggerFactory.getLogger(PartnersController.class);

    private final WebhooksClient webhooks;

    PartnersController(WebhooksClient webhooks) {
        this.webhooks = webhooks;
    }

    @PreAuthorize("hasRole('admin')")
    @GetMapping("/admin/partners")
    Mono<Rendering> partners() {
        return webhooks.all()
                .map(page -> Rendering.view("admin/partners").modelAttribute("section", "partners")
                        .modelAttribute("webhooks", page.items()).modelAttribute("webhooksUnavailable", false).build())
                .onErrorResume(failure -> {
                    log.warn("Partners' webhooks could not be read: {}", failure.toString());
                    return Mono.just(Rendering.view("admin/partners").modelAttribute("section", "partners")
                            .modelAttribute("webhooks", java.util.List.of()).modelAttribute("webhooksUnavailable", true).build());
                });
    }
}
