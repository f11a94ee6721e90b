package org.advocacy.gateway.web.signature;

import org.advocacy.gateway.web.services.PetitionClient;
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
 * The pages that the links in supporters' emails open, {@code /signatures/confirm?token=...} and
 * {@code /signatures/erase?token=...}. Opening one changes nothing (mail scanners open links); the
 * supporter's button posts the token, and the page answers what happened.
 */
@Controller
class SignatureLinkController {

    private final PetitionClient petitions;
    private final EmailedLinks links;

    SignatureLinkController(PetitionClient petitions, EmailedLinks links) {
        this.petitions = petitions;
        this.links = links;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/signatures/{link:confirm|erase}")
    Mono<Rendering> open(@PathVariable String link, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return links.page("signature/link", link, token, exchange);
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/signatures/{link:confirm|erase}")
    Mono<Rendering> press(@PathVariable String link, ServerWebExchange exchange) {
        return links.pressed(exchange, 100, "link.incomplete", (message, status) -> outcome(link, message, false, status),
                form -> petitions.byLink(link.equals("confirm") ? "confirmation" : "erasure", form.token())
                        .map(answer -> outcome(link, "link." + link + ".done", true, HttpStatus.OK))
                        .onErrorResume(ServiceProblem.class, problem -> Mono.just(outcome(link, switch (problem.status()) {
                            case 410, 404 -> "link." + link + ".gone";
                            case 429 -> "error.tooMany";
                            default -> "link.incomplete";
                        }, false, HttpStatus.valueOf(problem.status() == 429 ? 429 : problem.status() == 410 ? 410 : 400)))));
    }

    private static Rendering outcome(String link, String message, boolean done, HttpStatus status) {
        return Rendering.view("signature/outcome").status(status).modelAttribute("link", link)
                .modelAttribute("message", message).modelAttribute("done", done).build();
    }
}
