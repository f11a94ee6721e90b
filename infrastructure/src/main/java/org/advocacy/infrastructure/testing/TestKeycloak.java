package org.advocacy.infrastructure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real Keycloak as a test sees it: the realm {@code advocacy} with the development users and
 * clients, and real tokens for them.
 */
public final class TestKeycloak {

    public static final String REALM = "advocacy";
    public static final String CLI_CLIENT = "advocacy-cli";
    public static final String GATEWAY_CLIENT_SECRET = "test-gateway-client-secret";
    /** Secret of {@code platform-admin}, the client that onboards partners through the admin API. */
    public static final String PLATFORM_ADMIN_CLIENT_SECRET = "test-platform-admin-secret";
    static final String ADMIN_USERNAME = "test-admin";
    static final String ADMIN_PASSWORD = "test-admin-password";

    private final URI baseUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    TestKeycloak(URI baseUri) {
        this.baseUri = baseUri;
    }

    public URI baseUri() {
        return baseUri;
    }

    public String issuerUri() {
        return baseUri + "/realms/" + REALM;
    }

    /** A user's access token, by password grant through the development CLI client. */
    public String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", username,
                "password", password, "scope", "openid"));
    }

    /** A client's access token by client credentials, as a partner NGO's software gets it. */
    public String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    public String organiserToken() {
        return userToken("organiser", "organiser");
    }

    public String adminToken() {
        return userToken("admin", "admin");
    }

    public String partnerToken() {
        return clientToken("demo-partner", "demo-partner-secret");
    }

    /** An ID token of the organiser: signed by the realm, but meant for the CLI client, not the API. */
    public String organiserIdToken() {
        return tokenResponse(Map.of("grant_type", "password", "client_id", CLI_CLIENT, "username", "organiser",
                "password", "organiser", "scope", "openid")).get("id_token").asText();
    }

    /** A token of Keycloak's own master realm: valid, signed, but from another issuer. */
    public String otherRealmToken() {
        return tokenResponse("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", ADMIN_USERNAME, "password", ADMIN_PASSWORD)).get("access_token").asText();
    }

    /**
     * A token for the API of a client made now, whose tokens live {@code lifespan}: to watch one
     * expire. The client holds no role.
     */
    public String shortLivedToken(Duration lifespan) {
        String admin = otherRealmToken();
        String clientId = "short-lived-" + System.nanoTime();
        String secret = "short-lived-secret";
        send(admin, "POST", "/admin/realms/" + REALM + "/clients", ("{\"clientId\": \"%s\", \"secret\": \"%s\", "
                + "\"publicClient\": false, \"serviceAccountsEnabled\": true, \"standardFlowEnabled\": false, "
                + "\"attributes\": {\"access.token.lifespan\": \"%d\"}}").formatted(clientId, secret, lifespan.toSeconds()));
        try {
            JsonNode clients = json.readTree(send(admin, "GET", "/admin/realms/" + REALM + "/clients?clientId=" + clientId, null));
            JsonNode scopes = json.readTree(send(admin, "GET", "/admin/realms/" + REALM + "/client-scopes", null));
            String clientUuid = clients.get(0).get("id").asText();
            for (JsonNode scope : scopes) {
                if ("advocacy-api".equals(scope.get("name").asText())) {
                    send(admin, "PUT", "/admin/realms/%s/clients/%s/default-client-scopes/%s"
                            .formatted(REALM, clientUuid, scope.get("id").asText()), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return clientToken(clientId, secret);
    }

    private String token(Map<String, String> form) {
        return tokenResponse(form).get("access_token").asText();
    }

    private JsonNode tokenResponse(Map<String, String> form) {
        return tokenResponse(REALM, form);
    }

    private String send(String bearer, String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak admin API " + method + " " + path + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode tokenResponse(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUri + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = json.readTree(response.body());
            if (response.statusCode() != 200 || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak refused a token: " + response.statusCode() + " " + response.body());
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
