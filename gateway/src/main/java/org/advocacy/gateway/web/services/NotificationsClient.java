package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;

/** notifications-service's delivery log, as the dashboard uses it. */
@Component
public class NotificationsClient {

    private static final ParameterizedTypeReference<PageOf<Delivery>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<DeliveryCount>> COUNTS = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    NotificationsClient(ServiceClients clients) {
        this.http = clients.forRoute("notifications");
    }

    /** @param status {@code SENT}, {@code FAILED}, {@code WAITING} or blank; @param kind a kind or blank */
    public Mono<PageOf<Delivery>> deliveries(String status, String kind, int page) {
        return Responses.checked(http.get().uri(uri -> query(uri.path("/api/notifications/deliveries"), status, kind, page))
                .retrieve()).bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    public Mono<List<DeliveryCount>> counts() {
        return Responses.checked(http.get().uri("/api/notifications/deliveries/counts").retrieve()).bodyToMono(COUNTS)
                .defaultIfEmpty(List.of());
    }

    public Mono<Delivery> resend(String id) {
        return Responses.checked(http.post().uri("/api/notifications/deliveries/{id}/resend", id).retrieve())
                .bodyToMono(Delivery.class);
    }

    private static java.net.URI query(UriBuilder uri, String status, String kind, int page) {
        if (status != null && !status.isBlank()) {
            uri.queryParam("status", status);
        }
        if (kind != null && !kind.isBlank()) {
            uri.queryParam("kind", kind);
        }
        return uri.queryParam("page", page).queryParam("size", 50).build();
    }

    /** One email in the log: no address, no content. */
    public record Delivery(String id, String kind, String channel, String recipientHash, String status, int attempts,
                           String lastError, Instant createdAt, Instant lastAttemptAt, boolean resendable) {

        /** The last attempt, in UTC, to the minute. */
        public String when() {
            return lastAttemptAt == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(java.time.ZoneOffset.UTC).format(lastAttemptAt) + " UTC";
        }

        /** The hash's start: enough to tell two recipients apart on the page. */
        public String recipient() {
            return recipientHash == null ? "" : recipientHash.substring(0, Math.min(10, recipientHash.length()));
        }
    }

    /** How many emails of one kind stand where. */
    public record DeliveryCount(String kind, String channel, long sent, long failed, long waiting) {
    }
}
