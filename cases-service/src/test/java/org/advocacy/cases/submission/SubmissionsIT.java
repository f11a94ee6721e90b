package org.advocacy.cases.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** A partner NGO proposes updates; organisers accept or reject them; the partner reads the outcome. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class SubmissionsIT {

    @LocalServerPort
    int port;
    CasesApi api;
    String marker;
    String caseId;

    @BeforeEach
    void aPublishedCase() {
        api = new CasesApi(port);
        marker = CasesApi.marker();
        caseId = api.openAndPublish(CasesApi.dzhakishev(marker));
    }

    @Test
    void anAcceptedTimelineEntryIsAppliedAttributedToThePartnerAndTheOutcomeTold() {
        String submissionId = submit("""
                {"timelineEntry": {"date": "2018-01-15", "kind": "TORTURE_REPORT", "text": {"en": "proposed-%s"},
                                   "sourceIds": ["appeal"], "visibility": "RESTRICTED"},
                 "note": "Our monitor visited the colony."}""".formatted(marker));
        assertThat(api.getBody("/api/cases/" + caseId, null)).doesNotContain("proposed-" + marker);
        assertThat(api.getBody("/api/cases/submissions", api.organiser)).contains(submissionId, "Our monitor visited");

        api.post(path(submissionId) + "/acceptance", api.organiser, "{\"visibility\": \"PUBLIC\"}").expectStatus().isOk()
                .expectBody().jsonPath("$.state").isEqualTo("ACCEPTED");

        JsonNode entry = entry(api.getBody("/api/cases/" + caseId, api.partner), "proposed-" + marker);
        assertThat(entry.get("proposedBy").asString()).isEqualTo("demo-partner");
        assertThat(entry(api.getBody("/api/cases/" + caseId, null), "proposed-" + marker).has("proposedBy")).isFalse();
        api.get(path(submissionId), api.partner).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("ACCEPTED")
                .jsonPath("$.reviewedBy").doesNotExist();
        assertThat(api.getBody("/api/cases/submissions", api.organiser)).doesNotContain(submissionId);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                TopicProbe.recordsWithKey(Topics.CASE_FILES, caseId, Duration.ofSeconds(20)))
                .filteredOn(r -> "org.advocacy.cases.case.submission-reviewed.v1".equals(TopicProbe.header(r, "ce_type")))
                .singleElement().satisfies(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                        .contains("\"outcome\":\"ACCEPTED\"", "\"partnerId\":\"demo-partner\"")
                        .doesNotContain("Our monitor")));
    }

    @Test
    void aRejectedStatusChangeChangesNothingAndThePartnerReadsWhy() {
        String submissionId = submit("{\"statusChange\": {\"status\": \"RELEASED\", \"date\": \"2018-02\"}}");

        api.post(path(submissionId) + "/rejection", api.organiser, "{\"reason\": \"No second source yet.\"}")
                .expectStatus().isOk();

        api.get(path(submissionId), api.partner).expectStatus().isOk().expectBody()
                .jsonPath("$.state").isEqualTo("REJECTED")
                .jsonPath("$.reason").isEqualTo("No second source yet.");
        assertThat(api.getBody("/api/cases/submissions", api.partner)).contains(submissionId, "REJECTED");
        api.get("/api/cases/" + caseId, null).expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("IMPRISONED");
        api.post(path(submissionId) + "/acceptance", api.organiser, null).expectStatus().isEqualTo(422);
    }

    @Test
    void aProposalOfNothingOrOfTwoThingsOrOnADraftIsRefusedAndNothingStored() {
        String before = api.getBody("/api/cases/submissions", api.partner);
        api.post("/api/cases/" + caseId + "/submissions", api.partner, "{\"note\": \"nothing\"}").expectStatus().isEqualTo(422);
        api.post("/api/cases/" + caseId + "/submissions", api.partner, """
                {"statusChange": {"status": "RELEASED"}, "source": {"title": "A report"}}""").expectStatus().isEqualTo(422);
        api.post("/api/cases/" + caseId + "/submissions", api.partner, """
                {"source": {"title": "A report", "url": "ftp://example.org"}}""").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("source.url");
        String draft = api.open(CasesApi.dzhakishev(CasesApi.marker()));
        api.post("/api/cases/" + draft + "/submissions", api.partner, "{\"source\": {\"title\": \"A report\"}}")
                .expectStatus().isNotFound();

        assertThat(api.getBody("/api/cases/submissions", api.partner)).isEqualTo(before);
        assertThat(api.getBody("/api/cases/" + caseId + "/revisions", api.organiser)).doesNotContain("submission");
    }

    private String submit(String body) {
        String answer = api.post("/api/cases/" + caseId + "/submissions", api.partner, body).expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode submission = CasesApi.read(answer);
        assertThat(submission.get("state").asString()).isEqualTo("PENDING");
        return submission.get("id").asString();
    }

    private String path(String submissionId) {
        return "/api/cases/" + caseId + "/submissions/" + submissionId;
    }

    private static JsonNode entry(String caseJson, String text) {
        for (JsonNode entry : CasesApi.read(caseJson).get("timeline")) {
            if (entry.get("text").get("en").asString().equals(text)) {
                return entry;
            }
        }
        throw new AssertionError("No timeline entry " + text + " in " + caseJson);
    }
}
