package org.advocacy.gateway.web.signature;

import org.advocacy.gateway.web.services.PetitionClient;
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
 * The pages that the links in supporters' emails open, {@code /signatures/confirm?token=...} and
 * {@code /signatures/erase?token=...}. Opening one changes nothing (mail scanners open links); the
 * supporter's button posts the token, and the page answers what happened.
 */
@Controller
class SignatureLinkController {

    private final PetitionClient petitions;
    private final FormTokens formTokens;

    SignatureLinkController(PetitionClient petitions, FormTokens formTokens) {
        this.petitions = petitions;
        this.formTokens = formTokens;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/signatures/{link:confirm|erase}")
    Mono<Rendering> open(@PathVariable String link, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        secret(exchange);
        return Mono.just(Rendering.view("signature/link").modelAttribute("link", link)
                .modelAttribute("token", token == null ? "" : token)
                .modelAttribute("formToken", formTokens.issue(exchange)).build());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/signatures/{link:confirm|erase}")
    Mono<Rendering> press(@PathVariable String link, ServerWebExchange exchange) {
        secret(exchange);
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            if (!formTokens.accepts(exchange, form.getFirst(FormTokens.FIELD))) {
                return Mono.just(outcome(link, "error.formExpired", false, HttpStatus.BAD_REQUEST));
            }
            if (token == null || token.isBlank() || token.length() > 100) {
                return Mono.just(outcome(link, "link.incomplete", false, HttpStatus.BAD_REQUEST));
            }
            String action = link.equals("confirm") ? "confirmation" : "erasure";
            return petitions.byLink(action, token)
                    .map(answer -> outcome(link, "link." + link + ".done", true, HttpStatus.OK))
                    .onErrorResume(ServiceProblem.class, problem -> Mono.just(outcome(link, switch (problem.status()) {
                        case 410, 404 -> "link." + link + ".gone";
                        case 429 -> "error.tooMany";
                        default -> "link.incomplete";
                    }, false, HttpStatus.valueOf(problem.status() == 429 ? 429 : problem.status() == 410 ? 410 : 400))));
        });
    }

    private static Rendering outcome(String link, String message, boolean done, HttpStatus status) {
        return Rendering.view("signature/outcome").status(status).modelAttribute("link", link)
                .modelAttribute("message", message).modelAttribute("done", done).build();
    }

    // The address carries a secret token: no cache may keep the page, and a Referer names only the
    // site, never the address (no-referrer would also blank the Origin of the button's own post).
    private static void secret(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
        exchange.getResponse().getHeaders().set("Referrer-Policy", "strict-origin");
    }
}
