package org.advocacy.gateway.web.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.services.CampaignEvent;
import org.advocacy.gateway.web.services.CasesClient;
import org.advocacy.gateway.web.services.EventsClient;
import org.advocacy.gateway.web.services.Petition;
import org.advocacy.gateway.web.services.PetitionClient;
import org.advocacy.gateway.web.site.FormTokens;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The campaign's home page: the campaign with its petition, next events and cases. */
@Controller
class CampaignController {

    private final WebProperties web;
    private final PetitionClient petitions;
    private final EventsClient events;
    private final CasesClient cases;
    private final FormTokens formTokens;
    private final Clock clock = Clock.systemUTC();

    CampaignController(WebProperties web, PetitionClient petitions, EventsClient events, CasesClient cases,
                       FormTokens formTokens) {
        this.formTokens = formTokens;
        this.web = web;
        this.petitions = petitions;
        this.events = events;
        this.cases = cases;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/")
    Mono<Rendering> home(ServerWebExchange exchange) {
        return Mono.zip(campaignPetition(), calendar(), cases.published())
                .map(found -> Rendering.view("campaign/home")
                        .modelAttribute("petition", found.getT1())
                        .modelAttribute("upcoming", found.getT2().upcoming().stream().limit(3).toList())
                        .modelAttribute("past", found.getT2().past().stream().limit(3).toList())
                        .modelAttribute("cases", found.getT3().items())
                        .modelAttribute("formToken", formTokens.issue(exchange)) // the follow form's
                        .build());
    }

    /** The campaign's petition: the open one, else the newest. */
    private Mono<Optional<Petition>> campaignPetition() {
        return petitions.published(100).map(page -> page.items().stream()
                .filter(p -> web.campaign().id().equals(p.campaign())).filter(Petition::published)
                .min(Comparator.comparing((Petition p) -> !p.open())));
    }

    private Mono<Calendar> calendar() {
        Instant now = clock.instant();
        return events.ofCampaign(web.campaign().id()).map(page -> new Calendar(
                page.items().stream().filter(e -> e.ahead(now)).toList(),
                page.items().stream().filter(e -> !e.ahead(now)).sorted(Comparator.comparing(CampaignEvent::startsAtUtc).reversed()).toList()));
    }

    /** Events ahead, soonest first; events past, latest first. */
    record Calendar(List<CampaignEvent> upcoming, List<CampaignEvent> past) {
    }
}
