package org.advocacy.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.advocacy.petition.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Who may call what, with real tokens from the real Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class PetitionAccessRulesIT {

    @LocalServerPort
    int port;
    TestKeycloak keycloak;
    RestTestClient anyone;
    RestTestClient partner;
    String petition;

    @BeforeEach
    void setUp() {
        keycloak = TestInfrastructure.keycloak();
        anyone = Fixtures.anonymous(port);
        partner = Fixtures.withToken(port, keycloak.partnerToken());
        petition = Fixtures.openPetition(port, 100);
    }

    @Test
    void statisticsAndTheExportAreForOrganisersOnly() {
        for (String path : new String[]{"/api/petitions/{id}/stats", "/api/petitions/{id}/signatures.csv"}) {
            anyone.get().uri(path, petition).exchange().expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            partner.get().uri(path, petition).exchange().expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/forbidden");
            Fixtures.organiser(port).get().uri(path, petition).exchange().expectStatus().isOk();
        }
    }

    @Test
    void onlyAnAdminExportsEmails() {
        Fixtures.organiser(port).get().uri("/api/petitions/{id}/signatures.csv?includeEmail=true", petition).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        String csv = Fixtures.withToken(port, keycloak.adminToken()).get()
                .uri("/api/petitions/{id}/signatures.csv?includeEmail=true", petition).exchange()
                .expectStatus().isOk().expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines().findFirst()).contains("name,country,date,email");
        String withoutEmails = Fixtures.organiser(port).get().uri("/api/petitions/{id}/signatures.csv", petition).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(withoutEmails.lines().findFirst()).contains("name,country,date");
    }

    @Test
    void revisingAndDeliveringAreForOrganisersOnly() {
        String body = Fixtures.APPEAL.formatted(100);
        anyone.put().uri("/api/petitions/{id}", petition).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isUnauthorized();
        partner.put().uri("/api/petitions/{id}", petition).contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isForbidden();
        anyone.post().uri("/api/petitions/{id}/delivery", petition).exchange().expectStatus().isUnauthorized();
        partner.post().uri("/api/petitions/{id}/delivery", petition).exchange().expectStatus().isForbidden();
    }

    @Test
    void aPartnerReadsOpenPetitionsAndTheirCounts() {
        partner.get().uri("/api/petitions/{id}", petition).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.signatureCount").isEqualTo(0);
        partner.get().uri("/api/petitions").exchange().expectStatus().isOk();
    }

    @Test
    void anyoneMaySignAndUseTheEmailedLinks() {
        Fixtures.sign(anyone, petition, Fixtures.signature("Open To All", "open.to.all@example.org", "PL"))
                .expectStatus().isAccepted();
        Fixtures.confirm(anyone, "unknown").expectStatus().isEqualTo(410);
        Fixtures.erase(anyone, "unknown").expectStatus().isEqualTo(410);
    }
}
