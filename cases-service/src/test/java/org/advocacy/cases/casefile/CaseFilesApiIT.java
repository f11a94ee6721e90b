package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CaseFilesApiIT {

    static final String MAX_BOKAYEV = """
            {"campaign": "kazakhstan-2017",
             "person": {"name": "Max Bokayev", "spellings": ["Макс Бокаев"]},
             "country": "KZ", "status": "IMPRISONED", "persecutionForms": ["TORTURE", "DENIAL_OF_MEDICAL_CARE"],
             "summary": {"en": "Civic activist, sentenced for peaceful protest.", "pl": "Działacz obywatelski."}}
            """;

    @LocalServerPort
    int port;
    @Autowired
    CaseFiles caseFiles;
    CasesApi api;

    @BeforeEach
    void api() {
        api = new CasesApi(port);
    }

    @Test
    void aCaseIsPublishedOnlyWithConsentAndASecondStaffMembersReviewAndAnnouncedOnce() {
        String id = api.open(MAX_BOKAYEV);
        api.post("/api/cases/" + id + "/publication", api.organiser, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("consent");
        api.post("/api/cases/" + id + "/consent", api.organiser, "{\"givenBy\": \"FAMILY\", \"note\": \"By phone.\"}")
                .expectStatus().isOk();
        // The organiser who opened the case may not be its reviewer.
        api.post("/api/cases/" + id + "/risk-review", api.organiser, "{\"approved\": true, \"note\": \"Mine.\"}")
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("reviewedBy");
        api.post("/api/cases/" + id + "/publication", api.organiser, null).expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("riskReview");
        api.get("/api/cases/" + id, null).expectStatus().isNotFound();

        api.post("/api/cases/" + id + "/risk-review", api.admin, "{\"approved\": true, \"note\": \"Public already.\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.staff.publishable").isEqualTo(true);
        api.post("/api/cases/" + id + "/publication", api.organiser, null).expectStatus().isOk()
                .expectBody().jsonPath("$.published").isEqualTo(true);
        api.post("/api/cases/" + id + "/publication", api.organiser, null).expectStatus().isOk();

        api.get("/api/cases/" + id, null).expectStatus().isOk().expectBody().jsonPath("$.person.name").isEqualTo("Max Bokayev");
        var records = TopicProbe.recordsWithKey(Topics.CASE_FILES, id, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(TopicProbe.header(records.get(0), "ce_type")).isEqualTo("org.advocacy.cases.case.published.v1");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).contains("\"personName\":\"Max Bokayev\"");
    }

    @Test
    void anUnpublishedCaseIsGoneForThePublicAndAnnounced() {
        String id = api.openAndPublish(MAX_BOKAYEV);

        api.client.delete().uri("/api/cases/" + id + "/publication").header("Authorization", "Bearer " + api.organiser)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(false);

        api.get("/api/cases/" + id, null).expectStatus().isNotFound();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(TopicProbe.recordsWithKey(Topics.CASE_FILES, id, Duration.ofSeconds(20)))
                        .extracting(r -> TopicProbe.header(r, "ce_type"))
                        .containsExactly("org.advocacy.cases.case.published.v1", "org.advocacy.cases.case.unpublished.v1"));
    }

    @Test
    void everyChangeIsKeptWithWhoWhenAndWhat() {
        String id = api.open(MAX_BOKAYEV);
        api.client.put().uri("/api/cases/" + id).header("Authorization", "Bearer " + api.admin)
                .contentType(MediaType.APPLICATION_JSON).body(MAX_BOKAYEV.replace("Civic activist", "Trade unionist"))
                .exchange().expectStatus().isOk();
        api.post("/api/cases/" + id + "/status-changes", api.organiser, "{\"status\": \"RELEASED\", \"date\": \"2019-08\"}")
                .expectStatus().isOk().expectBody().jsonPath("$.statusSince").isEqualTo("2019-08");

        api.get("/api/cases/" + id + "/revisions", api.organiser).expectStatus().isOk().expectBody()
                .jsonPath("$[0].action").isEqualTo("opened")
                .jsonPath("$[0].by").isEqualTo("organiser")
                .jsonPath("$[1].action").isEqualTo("revised")
                .jsonPath("$[1].by").isEqualTo("admin")
                .jsonPath("$[1].changes[0].field").isEqualTo("summary")
                .jsonPath("$[1].changes[0].after").value(after -> assertThat(after.toString()).contains("Trade unionist"))
                .jsonPath("$[2].action").isEqualTo("status changed")
                .jsonPath("$[2].changes[0].after").value(after -> assertThat(after.toString()).contains("RELEASED", "2019-08"))
                .jsonPath("$[2].at").exists();
    }

    @Test
    void aCaseWithMissingAndWrongFieldsIsRefusedNamingEachFieldAndNothingIsStored() {
        long before = caseFiles.count();
        api.post("/api/cases", api.organiser, """
                        {"campaign": "Kazakhstan 2017", "person": {"name": "", "photoUrl": "javascript:alert(1)"}, "country": "XX",
                         "statusSince": "2017-13", "summary": {"not a language!": "text"},
                         "sources": [{"title": "", "archiveSha256": "abc"}]}
                        """)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/invalid-request")
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("campaign",
                        "person.name", "person.photoUrl", "country", "status", "statusSince", "summary",
                        "sources[0].title", "sources[0].archiveSha256"));
        assertThat(caseFiles.count()).isEqualTo(before);
    }

    @Test
    void aTimelineEntryNamingAnUnknownSourceIsRefusedAndChangesNothing() {
        String id = api.open(MAX_BOKAYEV);
        api.post("/api/cases/" + id + "/timeline", api.organiser, """
                {"date": "2016-11-28", "kind": "SENTENCE", "text": {"en": "Sentenced."}, "sourceIds": ["nowhere"]}""")
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.errors[0].field").isEqualTo("timeline.sourceIds");
        api.post("/api/cases/" + id + "/timeline", api.organiser, """
                {"date": "2016-02-30", "kind": "SENTENCE", "text": {"en": "Sentenced."}}""")
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("date");
        api.get("/api/cases/" + id, api.organiser).expectStatus().isOk().expectBody()
                .jsonPath("$.timeline.length()").isEqualTo(0)
                .jsonPath("$.staff.revisions").isEqualTo(1);
    }

    @Test
    void aBodyOfTheWrongShapeIsRefusedWithoutInternals() {
        api.post("/api/cases", api.organiser, "{\"campaign\": [1, 2], \"status\": \"JAILED\"}")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://advocacy.example.org/problems/unreadable-body")
                .jsonPath("$.errors[0].field").isEqualTo("campaign")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("tools.jackson", "Exception"));
        api.post("/api/cases", api.organiser, "not json").expectStatus().isBadRequest();
    }

    @Test
    void publishingAnUnknownCaseIsNotFound() {
        api.post("/api/cases/no-such-case/publication", api.organiser, null)
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found");
    }

    @Test
    void aPageSizeOrFilterOutOfRangeIsRefused() {
        api.get("/api/cases?size=100000", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        api.get("/api/cases?status=JAILED", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("status");
        api.get("/api/cases?country=XX", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
        api.get("/api/cases/export.csv?country=XX", null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("country");
    }
}
