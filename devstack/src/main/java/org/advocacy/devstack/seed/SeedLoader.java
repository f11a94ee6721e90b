package org.advocacy.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.console.Progress;

/**
 * Loads a seed campaign through the gateway's API, as staff would: each item POSTed with the
 * organiser's bearer token (a follow-up may be sent as another staff member, e.g. the admin's risk
 * review of a case), each success recorded in the marker. What fails is reported and tried again
 * on the next start.
 */
public final class SeedLoader {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI gateway;
    private final Progress progress;

    public SeedLoader(HttpClient http, ObjectMapper json, URI gateway, Progress progress) {
        this.http = http;
        this.json = json;
        this.gateway = gateway;
        this.progress = progress;
    }

    /** @return one line per failed request; empty when the whole campaign is in the platform */
    public List<String> load(SeedCampaign campaign, SeedMarker marker, Map<String, String> tokens) throws InterruptedException {
        Optional<String> bearerToken = Optional.ofNullable(tokens.get(SeedFile.ORGANISER));
        List<String> failures = new ArrayList<>();
        for (SeedFile file : campaign.files()) {
            int created = 0;
            for (int i = 0; i < file.items().size(); i++) {
                JsonNode item = file.items().get(i);
                String step = file.name() + "#" + i;
                Optional<String> id = marker.idOf(step);
                if (id.isEmpty()) {
                    id = post(file.post(), item, bearerToken, SeedFile.label(item), failures, true);
                    id.ifPresent(newId -> marker.record(step, newId));
                    created += id.isPresent() ? 1 : 0;
                }
                for (int t = 0; id.isPresent() && t < file.then().size(); t++) {
                    SeedFile.FollowUp followUp = file.then().get(t);
                    // The first follow-up keeps the marker key of the single "thenPost" of earlier seeds.
                    String thenStep = step + (t == 0 ? ".then" : ".then" + t);
                    if (marker.idOf(thenStep).isPresent()) {
                        continue;
                    }
                    String path = followUp.post().replace("{id}", id.get());
                    if (post(path, followUp.body().orElse(null), Optional.ofNullable(tokens.get(followUp.as())),
                            SeedFile.label(item), failures, false).isEmpty()) {
                        break;
                    }
                    marker.record(thenStep, "done");
                }
            }
            progress.step("seed: POST " + file.post() + ": " + created + " of " + file.items().size() + " created"
                    + (file.then().isEmpty() ? "" : " (then POST " + file.then().stream()
                    .map(f -> f.post() + (f.as().equals(SeedFile.ORGANISER) ? "" : " as " + f.as()))
                    .collect(Collectors.joining(", ")) + ")"));
        }
        if (failures.isEmpty()) {
            marker.markComplete();
        }
        return failures;
    }

    /** @return the created item's id (or "" for a follow-up, which creates nothing) when the request succeeded */
    private Optional<String> post(String path, JsonNode body, Optional<String> bearerToken, String label,
                                  List<String> failures, boolean creates) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        bearerToken.ifPresent(token -> request.header("Authorization", "Bearer " + token));
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                failures.add("POST " + path + " (" + label + ") answered " + response.statusCode() + excerpt(response.body()));
                return Optional.empty();
            }
            if (!creates) {
                return Optional.of("");
            }
            JsonNode created = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
            if (!created.hasNonNull("id")) {
                failures.add("POST " + path + " (" + label + ") answered " + response.statusCode() + " without an id" + excerpt(response.body()));
                return Optional.empty();
            }
            return Optional.of(created.get("id").asText());
        } catch (IOException e) {
            failures.add("POST " + path + " (" + label + ") failed: " + e);
            return Optional.empty();
        }
    }

    private static String excerpt(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "" : ": " + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine);
    }
}
