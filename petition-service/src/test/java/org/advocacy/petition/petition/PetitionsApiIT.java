package org.advocacy.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.advocacy.contracts.Topics;
import org.advocacy.petition.Fixtures;
import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class PetitionsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    Petitions petitions;
    RestTestClient client;

    @BeforeEach
    void client() {
        // An organiser's real token from Keycloak: creating and publishing are organisers' work.
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken()).build();
    }

    @Test
    void aDraftIsHiddenFromThePublicUntilOpenedThenListedWithItsGoal() {
        String id = draft();
        RestTestClient anyone = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        anyone.get().uri("/api/petitions/{id}", id).exchange().expectStatus().isNotFound();
        anyone.get().uri("/api/petitions?size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '%s')]".formatted(id)).isEmpty();
        // Organisers see their drafts, to edit and open them.
        client.get().uri("/api/petitions/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DRAFT");
        client.get().uri("/api/petitions?size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '%s')].status".formatted(id)).isEqualTo("DRAFT");

        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("OPEN");

        anyone.get().uri("/api/petitions/{id}", id).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.signatureCount").isEqualTo(0)
                .jsonPath("$.goal").isEqualTo(10000)
                .jsonPath("$.target").isEqualTo("European Parliament")
                .jsonPath("$.mirrors[0].url").isEqualTo("https://www.change.org/");
        client.get().uri("/api/petitions?size=100").exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.id == '%s')].signatureCount".formatted(id)).isEqualTo(0)
                .jsonPath("$.items[?(@.id == '%s')].goal".formatted(id)).isEqualTo(10000);
    }

    @Test
    void draftingAndOpeningAreAnnouncedOnceEachInOrder() {
        String id = draft();
        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isOk();
        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isEqualTo(422);

        var records = TopicProbe.recordsWithKey(Topics.PETITIONS, id, Duration.ofSeconds(30));
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactly(
                "org.advocacy.petition.petition.created.v1", "org.advocacy.petition.petition.opened.v1");
        assertThat(TopicProbe.header(records.get(0), "ce_source")).isEqualTo("/advocacy/petition-service");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8))
                .contains("\"title\":\"Appeal to stop torture in Kazakhstan and save political prisoners\"", "\"goal\":10000");
    }

    @Test
    void openingTwiceBreaksARule() {
        String id = draft();
        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isOk();

        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/rule-violation")
                .jsonPath("$.errors[0].field").isEqualTo("status");
    }

    @Test
    void aClosedPetitionStaysVisibleAndCannotBeClosedAgain() {
        String id = draft();
        client.post().uri("/api/petitions/{id}/closing", id).exchange().expectStatus().isEqualTo(422);
        client.post().uri("/api/petitions/{id}/opening", id).exchange().expectStatus().isOk();

        client.post().uri("/api/petitions/{id}/closing", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("CLOSED");
        client.get().uri("/api/petitions/{id}", id).exchange().expectStatus().isOk();
        client.post().uri("/api/petitions/{id}/closing", id).exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void openingAnUnknownPetitionIsNotFound() {
        client.post().uri("/api/petitions/{id}/opening", "no-such-petition").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found");
    }

    @Test
    void missingAndMalformedFieldsAreEachNamedAndNothingIsStored() {
        long before = petitions.count();
        client.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"campaign": "Kazakhstan 2017", "title": {"en": ""}, "goal": 0, "target": "%s",
                         "mirrors": [{"name": "", "url": "http://www.change.org/", "reportedCount": -1}]}
                        """.formatted("x".repeat(301)))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/invalid-request")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains(
                        "campaign", "title", "summary", "text", "target", "goal",
                        "mirrors[0].name", "mirrors[0].url", "mirrors[0].reportedCount"));
        assertThat(petitions.count()).isEqualTo(before);
    }

    @Test
    void aPageSizeOutOfRangeIsRefused() {
        client.get().uri("/api/petitions?size=100000").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private String draft() {
        return client.post().uri("/api/petitions").contentType(MediaType.APPLICATION_JSON).body(Fixtures.APPEAL.formatted(10000))
                .exchange().expectStatus().isCreated()
                .expectBody(PetitionView.class).returnResult().getResponseBody().id();
    }
}
