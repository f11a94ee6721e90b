package org.advocacy.gateway.web.services;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** cases-service's API, as the pages use it. */
@Component
public class CasesClient {

    private static final ParameterizedTypeReference<PageOf<CaseFile>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    CasesClient(ServiceClients clients) {
        this.http = clients.forRoute("cases");
    }

    public Mono<PageOf<CaseFile>> published() {
        return Responses.checked(http.get().uri("/api/cases?size=100").retrieve()).bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }
}
