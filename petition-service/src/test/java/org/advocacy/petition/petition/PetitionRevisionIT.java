package org.advocacy.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.petition.Fixtures;
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
class PetitionRevisionIT {

    static final String REVISED = """
            {"campaign": "kazakhstan-2017",
             "title": {"en": "Appeal to stop torture in Kazakhstan", "pl": "Apel o zaprzestanie tortur w Kazachstanie"},
             "summary": {"en": "Cooperation only with respect for human rights.", "pl": "Współpraca tylko z poszanowaniem praw człowieka."},
             "text": {"en": "We call on the European Parliament.", "pl": "Wzywamy Parlament Europejski."},
             "target": "European Parliament", "goal": 35000, "deadline": %s,
             "mirrors": [{"name": "change.org", "url": "https://www.change.org/p/kazakhstan", "reportedCount": 12345}],
             "caseIds": ["max-bokayev", "iskander-yerimbetov"], "eventIds": ["brussels-2017-12-08"]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    Petitions petitions;
    RestTestClient organiser;

    @BeforeEach
    void client() {
        organiser = Fixtures.organiser(port);
    }

    @Test
    void anOrganiserRevisesTextsGoalMirrorsAndLinks() {
        String id = Fixtures.openPetition(port, 10_000);

        organiser.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("\"2017-12-14\"")).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.goal").isEqualTo(35000)
                .jsonPath("$.title.pl").isEqualTo("Apel o zaprzestanie tortur w Kazachstanie")
                .jsonPath("$.mirrors[0].reportedCount").isEqualTo(12345)
                .jsonPath("$.caseIds[1]").isEqualTo("iskander-yerimbetov")
                .jsonPath("$.eventIds[0]").isEqualTo("brussels-2017-12-08")
                .jsonPath("$.deadline").isEqualTo("2017-12-14")
                .jsonPath("$.status").isEqualTo("OPEN");
    }

    @Test
    void aDeadlineTakenAwayIsGoneFromTheStoredPetition() {
        String id = Fixtures.openPetition(port, 10_000);
        organiser.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("\"2030-01-31\"")).exchange().expectStatus().isOk();

        organiser.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("null")).exchange().expectStatus().isOk();

        assertThat(petitions.findById(id).orElseThrow().deadline()).isNull();
    }

    @Test
    void aClosedPetitionIsDeliveredOnceAndThenStaysAsItWas() {
        String id = Fixtures.openPetition(port, 10_000);
        organiser.post().uri("/api/petitions/{id}/delivery", id).exchange().expectStatus().isEqualTo(422);
        organiser.post().uri("/api/petitions/{id}/closing", id).exchange().expectStatus().isOk();

        organiser.post().uri("/api/petitions/{id}/delivery", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("DELIVERED");

        organiser.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("null")).exchange().expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        organiser.post().uri("/api/petitions/{id}/delivery", id).exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void revisingAnUnknownPetitionIsNotFoundAndBadFieldsAreNamed() {
        organiser.put().uri("/api/petitions/{id}", "no-such-petition").contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("null")).exchange().expectStatus().isNotFound();
        String id = Fixtures.openPetition(port, 10_000);
        organiser.put().uri("/api/petitions/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(REVISED.formatted("null").replace("\"max-bokayev\"", "\"not an id!\"")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(f -> assertThat(f.toString()).startsWith("caseIds"));
    }
}
