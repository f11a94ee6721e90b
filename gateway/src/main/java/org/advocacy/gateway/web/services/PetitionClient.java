package org.advocacy.gateway.web.services;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** petition-service's API, as the pages use it. */
@Component
public class PetitionClient {

    private static final ParameterizedTypeReference<PageOf<Petition>> PAGE = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    PetitionClient(ServiceClients clients) {
        this.http = clients.forRoute("petitions");
    }

    public Mono<PageOf<Petition>> published(int size) {
        return Responses.checked(http.get().uri("/api/petitions?size={size}", size).retrieve()).bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    public Mono<Petition> one(String id) {
        return Responses.checked(http.get().uri("/api/petitions/{id}", id).retrieve()).bodyToMono(Petition.class);
    }

    /** A supporter's signature; a refusal is a {@link ServiceProblem} naming the fields. */
    public Mono<Void> sign(String id, Map<String, Object> signature) {
        return Responses.checked(http.post().uri("/api/petitions/{id}/signatures", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(signature).retrieve()).bodyToMono(Void.class);
    }

    /** @param action {@code confirmation} or {@code erasure} */
    public Mono<Answer> byLink(String action, String token) {
        return Responses.checked(http.post().uri("/api/signatures/{action}", action)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("token", token)).retrieve())
                .bodyToMono(Answer.class);
    }

    public Mono<Petition> draft(Map<String, Object> petition) {
        return Responses.checked(http.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(petition).retrieve()).bodyToMono(Petition.class);
    }

    public Mono<Petition> revise(String id, Map<String, Object> petition) {
        return Responses.checked(http.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(petition).retrieve()).bodyToMono(Petition.class);
    }

    /** @param step {@code opening}, {@code closing} or {@code delivery} */
    public Mono<Petition> step(String id, String step) {
        return Responses.checked(http.post().uri("/api/petitions/{id}/{step}", id, step).retrieve())
                .bodyToMono(Petition.class);
    }

    public Mono<Statistics> statistics(String id) {
        return Responses.checked(http.get().uri("/api/petitions/{id}/stats", id).retrieve()).bodyToMono(Statistics.class);
    }

    public Flux<DataBuffer> signaturesCsv(String id) {
        return Responses.checked(http.get().uri("/api/petitions/{id}/signatures.csv", id).retrieve())
                .bodyToFlux(DataBuffer.class);
    }

    /** What a confirmation or erasure answers. */
    public record Answer(String status, String petitionId) {
    }

    /** A petition's numbers for its organisers. */
    public record Statistics(long confirmed, Map<String, Long> byCountry, Map<String, Long> byDay,
                             long pendingConfirmations) {

        public Statistics {
            byCountry = byCountry == null ? Map.of() : byCountry;
            byDay = byDay == null ? Map.of() : byDay;
        }
    }
}
