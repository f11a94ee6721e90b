package org.advocacy.gateway.web.services;

import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** cases-service's API, as the pages use it; staff's calls carry the organiser's token. */
@Component
public class CasesClient {

    private static final ParameterizedTypeReference<PageOf<CaseFile>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<PageOf<CaseWork.RestrictedRead>> READS = new ParameterizedTypeReference<>() {
    };

    private final WebClient http;

    CasesClient(ServiceClients clients) {
        this.http = clients.forRoute("cases");
    }

    public Mono<PageOf<CaseFile>> published() {
        return Responses.checked(http.get().uri("/api/cases?size=100").retrieve()).bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    /** @param filters {@code country}, {@code status}, {@code category}, {@code form}, {@code q}, as the service reads them */
    public Mono<PageOf<CaseFile>> find(MultiValueMap<String, String> filters) {
        // The visitor's words go in as values, strictly encoded: never as part of the address's template.
        Map<String, String> values = filters.toSingleValueMap();
        return Responses.checked(http.get().uri(uri -> {
                    uri.path("/api/cases").queryParam("size", 100);
                    values.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
                    return uri.build(values);
                }).retrieve())
                .bodyToMono(PAGE).defaultIfEmpty(PageOf.empty());
    }

    public Mono<CaseFile> one(String id) {
        return Responses.checked(http.get().uri("/api/cases/{id}", id).retrieve()).bodyToMono(CaseFile.class);
    }

    public Mono<CaseWork.Statistics> statistics(String campaign) {
        return Responses.checked(http.get().uri("/api/cases/stats?campaign={campaign}", campaign).retrieve())
                .bodyToMono(CaseWork.Statistics.class).defaultIfEmpty(CaseWork.Statistics.none());
    }

    public Mono<CaseFile> open(Map<String, Object> caseFile) {
        return send(http.post().uri("/api/cases"), caseFile);
    }

    public Mono<CaseFile> revise(String id, Map<String, Object> caseFile) {
        return send(http.put().uri("/api/cases/{id}", id), caseFile);
    }

    /**
     * One step of a case's work, posted to {@code /api/cases/{id}/{step}}: {@code timeline},
     * {@code sources}, {@code status-changes}, {@code consent}, {@code risk-review}, {@code publication}.
     */
    public Mono<CaseFile> step(String id, String step, Map<String, Object> body) {
        return send(http.post().uri("/api/cases/{id}/{step}", id, step), body);
    }

    public Mono<CaseFile> unpublish(String id) {
        return Responses.checked(http.delete().uri("/api/cases/{id}/publication", id).retrieve()).bodyToMono(CaseFile.class);
    }

    public Mono<List<CaseWork.Revision>> revisions(String id) {
        return Responses.checked(http.get().uri("/api/cases/{id}/revisions", id).retrieve())
                .bodyToFlux(CaseWork.Revision.class).collectList();
    }

    /** The partners' proposals waiting for an organiser. */
    public Mono<List<CaseWork.Submission>> pendingSubmissions() {
        return Responses.checked(http.get().uri("/api/cases/submissions").retrieve())
                .bodyToFlux(CaseWork.Submission.class).collectList();
    }

    /** @param decision {@code acceptance} or {@code rejection} (with a {@code reason}) */
    public Mono<CaseWork.Submission> decide(String caseId, String submissionId, String decision, Map<String, Object> body) {
        return Responses.checked(http.post().uri("/api/cases/{id}/submissions/{submission}/{decision}", caseId, submissionId, decision)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve()).bodyToMono(CaseWork.Submission.class);
    }

    public Mono<PageOf<CaseWork.RestrictedRead>> restrictedReads(String caseId) {
        return Responses.checked(http.get().uri("/api/cases/restricted-reads?caseId={id}&size=50", caseId).retrieve())
                .bodyToMono(READS).defaultIfEmpty(PageOf.empty());
    }

    private static Mono<CaseFile> send(WebClient.RequestBodySpec request, Map<String, Object> body) {
        return Responses.checked(request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).retrieve()).bodyToMono(CaseFile.class);
    }
}
