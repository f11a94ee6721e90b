package org.advocacy.gateway.web.cases;

import java.util.List;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.site.FormTokens;
import org.advocacy.gateway.web.services.CampaignEvent;
import org.advocacy.gateway.web.services.CaseFile;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.Petition;
import org.advocacy.gateway.web.services.PetitionClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The public case pages: the list with its filters, search and statistics (a plain GET form), and
 * one case with its timeline, sources, decisions and the petitions and events that speak of it.
 * An unknown or unpublished case is the site's 404 page.
 */
@Controller
class CasePagesController {

    private final CasesClient cases;
    private final PetitionClient petitions;
    private final EventsClient events;
    private final WebProperties web;
    private final FormTokens formTokens;

    CasePagesController(CasesClient cases, PetitionClient petitions, EventsClient events, WebProperties web,
                        FormTokens formTokens) {
        this.cases = cases;
        this.petitions = petitions;
        this.events = events;
        this.web = web;
        this.formTokens = formTokens;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/cases")
    Mono<Rendering> list(ServerWebExchange exchange) {
        CaseFilters filters = CaseFilters.of(exchange.getRequest().getQueryParams());
        return Mono.zip(cases.find(filters.toQuery()), cases.statistics(web.campaign().id()))
                .map(found -> Rendering.view("cases/list")
                        .modelAttribute("cases", found.getT1().items())
                        .modelAttribute("stats", found.getT2())
                        .modelAttribute("filters", filters)
                        .build());
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/cases/{id}")
    Mono<Rendering> one(@PathVariable String id, ServerWebExchange exchange) {
        return cases.one(id).flatMap(caseFile -> Mono.zip(linkedPetitions(caseFile), linkedEvents(caseFile))
                .map(linked -> Rendering.view("cases/case")
                        .modelAttribute("c", caseFile)
                        .modelAttribute("petitions", linked.getT1())
                        .modelAttribute("events", linked.getT2())
                        .modelAttribute("formToken", formTokens.issue(exchange)) // the follow form's
                        .build()));
    }

    private Mono<List<Petition>> linkedPetitions(CaseFile caseFile) {
        List<String> ids = caseFile.links().petitionIds();
        return ids.isEmpty() ? Mono.just(List.of())
                : petitions.published(100).map(page -> page.items().stream().filter(p -> ids.contains(p.id())).toList());
    }

    private Mono<List<CampaignEvent>> linkedEvents(CaseFile caseFile) {
        List<String> ids = caseFile.links().eventIds();
        return ids.isEmpty() ? Mono.just(List.of())
                : events.ofCampaign(caseFile.campaign()).map(page -> page.items().stream().filter(e -> ids.contains(e.id())).toList());
    }
}
