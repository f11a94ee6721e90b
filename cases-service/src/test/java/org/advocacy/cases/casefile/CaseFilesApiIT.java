package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.advocacy.contracts.Topics;
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
class CaseFilesApiIT {

    static final String MAX_BOKAYEV = """
            {"campaign": "kazakhstan-2017",
             "person": {"name": "Max Bokayev", "transliterations": ["Макс Бокаев"]},
             "country": "KZ", "status": "IMPRISONED", "persecutionForms": ["TORTURE", "DENIAL_OF_MEDICAL_CARE"],
             "summary": {"en": "Civic activist, sentenced for peaceful protest.", "pl": "Działacz obywatelski."}}
            """;

    @LocalServerPort
    int port;
    @Autowired
    CaseFiles caseFiles;
    RestTestClient client;

    @BeforeEach
    void client() {
        // An organiser's real token from Keycloak: creating and publishing are organisers' work.
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader("Authorization", "Bearer " + TestInfrastructure.keycloak().organiserToken()).build();
    }

    @Test
    void aPublishedCaseIsListedAndAnnouncedOnce() {
        String id = open(MAX_BOKAYEV);
        client.get().uri("/api/cases/{id}", id).exchange().expectStatus().isNotFound();

        client.post().uri("/api/cases/{id}/publication", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.published").isEqualTo(true);
        client.post().uri("/api/cases/{id}/publication", id).exchange().expectStatus().isOk();

        client.get().uri("/api/cases?size=100").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '%s')].person.name".formatted(id)).isEqualTo("Max Bokayev");
        var records = TopicProbe.recordsWithKey(Topics.CASE_FILES, id, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("org.advocacy.cases.case.published.v1");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).contains("\"personName\":\"Max Bokayev\"");
    }

    @Test
    void aCaseWithMissingAndWrongFieldsIsRefusedNamingEachField() {
        long before = caseFiles.count();
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"campaign": "Kazakhstan 2017", "person": {"name": ""}, "country": "XX",
                         "summary": {"not a language!": "text"}}
                        """)
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/invalid-request")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("campaign", "person.name", "country", "status", "summary"));
        assertThat(caseFiles.count()).isEqualTo(before);
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedWithoutInternals() {
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON)
                .body("{\"campaign\": [1, 2], \"status\": \"JAILED\"}")
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unreadable-body")
                .jsonPath("$.errors[0].field").isEqualTo("campaign")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("tools.jackson", "Exception"));
        client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body("not json")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void publishingAnUnknownCaseIsNotFound() {
        client.post().uri("/api/cases/{id}/publication", "no-such-case").exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found");
    }

    @Test
    void aPageSizeOutOfRangeIsRefused() {
        client.get().uri("/api/cases?size=100000").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
    }

    private String open(String body) {
        return client.post().uri("/api/cases").contentType(MediaType.APPLICATION_JSON).body(body)
                .exchange().expectStatus().isCreated()
                .expectBody(CaseFileView.class).returnResult().getResponseBody().id();
    }
}
