package org.advocacy.gateway.web.services;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Partners' webhook endpoints on notifications-service, as the dashboard shows them to admins. */
@Component
public class WebhooksClient {

    private static final ParameterizedTypeReference<PageOf<PartnerWebhook>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    WebhooksClient(ServiceClients clients) {
        this.http = clients.forRoute("webhooks");
    }

    /** Every partner's endpoints, the newest first (an admin's token: a partner's would show its own). */
    public Mono<PageOf<PartnerWebhook>> all() {
        return Responses.checked(http.get().uri("/api/webhooks?size=100").retrieve()).bodyToMono(PAGE)
                .defaultIfEmpty(PageOf.empty());
    }
}
