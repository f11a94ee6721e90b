package org.advocacy.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Access tokens from a Keycloak realm's token endpoint, without a browser. */
public final class KeycloakTokens {

    private final HttpClient http;
    private final ObjectMapper json;
    private final URI tokenEndpoint;

    /** @param issuerUri e.g. {@code http://localhost:8180/realms/advocacy} */
    public KeycloakTokens(HttpClient http, ObjectMapper json, String issuerUri) {
        this.http = http;
        this.json = json;
        this.tokenEndpoint = URI.create(issuerUri + "/protocol/openid-connect/token");
    }

    /** A user's token through a public client with direct access grants ({@code advocacy-cli}). */
    public String password(String clientId, String username, String password) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return request(form);
    }

    /** A confidential client's own token, e.g. a partner's. */
    public String clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", secret);
        return request(form);
    }

    private String request(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode answer = response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
        if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
            throw new IOException("Keycloak answered " + response.statusCode() + " to a " + form.get("grant_type")
                    + " grant for " + form.get("client_id") + ": " + answer.path("error_description").asText(response.body()));
        }
        return answer.get("access_token").asText();
    }
}
