package org.advocacy.notifications.partner;

import java.util.List;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Partners are admins' business alone: organisers and partners are refused, and anyone without a token. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class PartnerAccessRulesIT {

    record Endpoint(HttpMethod method, String path) {
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint(HttpMethod.POST, "/api/partners"),
            new Endpoint(HttpMethod.GET, "/api/partners"),
            new Endpoint(HttpMethod.GET, "/api/partners/partner-demo"),
            new Endpoint(HttpMethod.POST, "/api/partners/partner-demo/secret-rotation"),
            new Endpoint(HttpMethod.POST, "/api/partners/partner-demo/disabling"),
            new Endpoint(HttpMethod.POST, "/api/partners/partner-demo/enabling"));

    @LocalServerPort
    int port;
    RestTestClient client;
    TestKeycloak keycloak;

    @BeforeEach
    void setUp() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        keycloak = TestInfrastructure.keycloak();
    }

    @Test
    void anOrganiserIsRefusedOnEveryPartnerEndpoint() {
        String token = keycloak.organiserToken();
        for (Endpoint endpoint : ENDPOINTS) {
            call(endpoint, token).expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/forbidden");
        }
    }

    @Test
    void aPartnerIsRefusedOnEveryPartnerEndpoint() {
        String token = keycloak.partnerToken();
        for (Endpoint endpoint : ENDPOINTS) {
            call(endpoint, token).expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/forbidden");
        }
    }

    @Test
    void withoutATokenEveryPartnerEndpointIs401() {
        for (Endpoint endpoint : ENDPOINTS) {
            call(endpoint, null).expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                    .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unauthenticated");
        }
    }

    private RestTestClient.ResponseSpec call(Endpoint endpoint, String token) {
        var request = client.method(endpoint.method()).uri(endpoint.path());
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        return request.contentType(MediaType.APPLICATION_JSON).body("{\"name\": \"Should Never Exist\"}").exchange();
    }
}
