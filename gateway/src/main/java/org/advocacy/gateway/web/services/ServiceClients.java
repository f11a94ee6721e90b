package org.advocacy.gateway.web.services;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Web clients for the services, addressed exactly as the gateway's routes address them (by route
 * id), so the pages reach a service the way a browser's API call does. A logged-in organiser's
 * token rides along, as the routes' TokenRelay does; an anonymous page sends none. The visitor's
 * address goes along as X-Forwarded-For, so the services' per-address limits count the visitor,
 * not the gateway.
 */
@Component
class ServiceClients {

    private final GatewayProperties routes;
    private final WebClient.Builder builder;
    private final ServerOAuth2AuthorizedClientExchangeFilterFunction tokenRelay;
    private final Pattern trustedProxies;

    /** @param builders a load-balancing builder where the platform defines one, else a plain one */
    ServiceClients(GatewayProperties routes, ObjectProvider<WebClient.Builder> builders,
                   ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients) {
        this.routes = routes;
        this.builder = builders.getIfAvailable(WebClient::builder);
        this.tokenRelay = new ServerOAuth2AuthorizedClientExchangeFilterFunction(registrations, authorizedClients);
        this.tokenRelay.setDefaultOAuth2AuthorizedClient(true);
        this.trustedProxies = routes.getTrustedProxies() == null ? null : Pattern.compile(routes.getTrustedProxies());
    }

    /** A client for the service behind the route with this id. */
    WebClient forRoute(String routeId) {
        URI uri = routes.getRoutes().stream().filter(route -> routeId.equals(route.getId()))
                .map(RouteDefinition::getUri).findFirst()
                .orElseThrow(() -> new IllegalStateException("No gateway route " + routeId));
        return builder.clone().baseUrl(uri.toString()).filter(tokenRelay).filter(visitorsAddress()).build();
    }

    private ExchangeFilterFunction visitorsAddress() {
        return (request, next) -> Mono.deferContextual(context -> {
            var exchange = context.<ServerWebExchange>getOrEmpty(ServerWebExchange.class);
            if (exchange.isEmpty()) {
                return next.exchange(request);
            }
            String address = clientAddress(exchange.get());
            return next.exchange(ClientRequest.from(request).headers(h -> h.set("X-Forwarded-For", address)).build());
        });
    }

    // The same rule as the routes and the rate limits: a caller's own X-Forwarded-For counts only behind a trusted proxy.
    private String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        String address = remote.getAddress().getHostAddress();
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0 && trustedProxies != null && trustedProxies.matcher(address).matches(); i--) {
            address = forwarded.get(i).strip();
        }
        return address;
    }
}
