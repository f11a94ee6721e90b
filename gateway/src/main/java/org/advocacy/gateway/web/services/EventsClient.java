package org.advocacy.gateway.web.services;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** events-service's API, as the pages use it. */
@Component
public class EventsClient {

    private static final ParameterizedTypeReference<PageOf<CampaignEvent>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    EventsClient(ServiceClients clients) {
        this.http = clients.forRoute("events");
    }

    /** A campaign's events, soonest first. */
    public Mono<PageOf<CampaignEvent>> ofCampaign(String campaign) {
        return Responses.checked(http.get().uri("/api/events?campaign={campaign}&size=100", campaign).retrieve())
                .bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }
}
