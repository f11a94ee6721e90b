package org.advocacy.gateway.web.services;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** notifications-service's follows API, as the pages use it; a refusal is a {@link ServiceProblem}. */
@Component
public class FollowsClient {

    private final WebClient http;

    FollowsClient(ServiceClients clients) {
        this.http = clients.forRoute("notifications");
    }

    public Mono<Void> follow(String email, String topic, String locale) {
        return post("/api/subscriptions", Map.of("email", email, "topic", topic, "locale", locale), Void.class);
    }

    public Mono<Void> manageLink(String email) {
        return post("/api/subscriptions/manage-link", Map.of("email", email), Void.class);
    }

    public Mono<Followed> confirm(String token, String locale) {
        return post("/api/subscriptions/confirmation", Map.of("token", token, "locale", locale), Followed.class);
    }

    public Mono<Void> cancel(String token) {
        return post("/api/subscriptions/cancellation", Map.of("token", token), Void.class);
    }

    public Mono<List<Follow>> mine(String token, String locale) {
        return post("/api/subscriptions/mine", Map.of("token", token, "locale", locale), Mine.class)
                .map(mine -> mine.items() == null ? List.<Follow>of() : mine.items());
    }

    private <T> Mono<T> post(String path, Map<String, String> body, Class<T> answer) {
        return Responses.checked(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve())
                .bodyToMono(answer);
    }

    /** A follow confirmed: its topic and its title in the asked language. */
    public record Followed(String topic, String title) {
    }

    /** One thing an address follows, with the token that ends it. */
    public record Follow(String topic, String title, String status, Instant since, String cancelToken) {

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }
    }

    record Mine(List<Follow> items) {
    }
}
