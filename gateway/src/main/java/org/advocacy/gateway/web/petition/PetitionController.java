package org.advocacy.gateway.web.petition;

import java.util.List;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.services.Petition;
import org.advocacy.gateway.web.services.PetitionClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.FormTokens;
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
 * The petition page and its sign form, a plain HTML form: the gateway passes the signature to
 * petition-service and answers "check your email", or the form again with each error beside its field.
 */
@Controller
class PetitionController {

    static final List<String> FIELDS = List.of("name", "email", "country", "locale", "keepInformed");

    private final WebProperties web;
    private final PetitionClient petitions;
    private final FormTokens formTokens;

    PetitionController(WebProperties web, PetitionClient petitions, FormTokens formTokens) {
        this.web = web;
        this.petitions = petitions;
        this.formTokens = formTokens;
    }

    /** The campaign's petition, wherever it is. */
    @PreAuthorize("permitAll()")
    @GetMapping("/petition")
    Mono<Rendering> campaignPetition() {
        return petitions.published(100).flatMap(page -> Mono.justOrEmpty(page.items().stream()
                        .filter(p -> web.campaign().id().equals(p.campaign())).filter(Petition::open).findFirst()
                        .or(() -> page.items().stream().filter(p -> web.campaign().id().equals(p.campaign()))
                                .filter(Petition::published).findFirst())))
                .map(p -> Rendering.redirectTo("/petitions/" + p.id()).build())
                .switchIfEmpty(Mono.error(new ServiceProblem(404, null, "No petition", null)));
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/petitions/{id}")
    Mono<Rendering> petition(@PathVariable String id, ServerWebExchange exchange) {
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        return petitions.one(id).map(petition -> page(petition, SignForm.empty(language), FormErrors.NONE, exchange)
                .status(HttpStatus.OK).build());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/petitions/{id}/signatures")
    Mono<Rendering> sign(@PathVariable String id, ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            SignForm form = SignForm.of(data);
            if (!formTokens.accepts(exchange, data.getFirst(FormTokens.FIELD))) {
                return again(id, form, FormErrors.general("error.formExpired"), exchange);
            }
            return petitions.sign(id, form.toRequest())
                    .then(Mono.just(Rendering.redirectTo("/petitions/" + id + "/signed").build()))
                    .onErrorResume(ServiceProblem.class, problem -> problem.status() == 404 ? Mono.error(problem)
                            : again(id, form, FormErrors.of(problem, "sign", FIELDS), exchange));
        });
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/petitions/{id}/signed")
    Mono<Rendering> signed(@PathVariable String id) {
        return petitions.one(id).map(petition -> Rendering.view("petition/check-email").modelAttribute("petition", petition)
                .build());
    }

    private Mono<Rendering> again(String id, SignForm form, FormErrors errors, ServerWebExchange exchange) {
        return petitions.one(id).map(petition -> page(petition, form, errors, exchange)
                .status(HttpStatus.UNPROCESSABLE_CONTENT).build());
    }

    private Rendering.Builder<?> page(Petition petition, SignForm form, FormErrors errors, ServerWebExchange exchange) {
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        return Rendering.view("petition/petition")
                .modelAttribute("petition", petition)
                .modelAttribute("form", form)
                .modelAttribute("errors", errors)
                .modelAttribute("countries", Countries.in(language))
                .modelAttribute("byCountry", ByCountry.of(petition, language))
                .modelAttribute("formToken", formTokens.issue(exchange));
    }
}
