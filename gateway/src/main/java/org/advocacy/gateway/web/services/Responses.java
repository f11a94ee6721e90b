package org.advocacy.gateway.web.services;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** How the clients read a service's refusal: as a {@link ServiceProblem}. */
final class Responses {

    private Responses() {
    }

    static WebClient.ResponseSpec checked(WebClient.ResponseSpec response) {
        return response.onStatus(HttpStatusCode::isError, Responses::problem);
    }

    static Mono<ServiceProblem> problem(ClientResponse response) {
        int status = response.statusCode().value();
        return response.bodyToMono(ServiceProblem.Body.class)
                .map(body -> new ServiceProblem(status, body.type(), body.detail(), body.errors()))
                .onErrorResume(unreadable -> Mono.empty())
                .defaultIfEmpty(new ServiceProblem(status, null, "HTTP " + status, null));
    }
}
