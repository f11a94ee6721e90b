package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.contracts.Topics;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.infrastructure.testing.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Every endpoint that shows a case shows each caller only what its role may see: the public and
 * partners the public groups, partners also theirs, staff all but restricted data, admins all,
 * with every read of restricted data recorded. Messages carry none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CaseVisibilityIT {

    @LocalServerPort
    int port;
    CasesApi api;
    String marker;
    String id;

    @BeforeEach
    void publishACaseWithFieldsOfEveryVisibility() {
        api = new CasesApi(port);
        marker = CasesApi.marker();
        id = api.openAndPublish(CasesApi.dzhakishev(marker));
    }

    @Test
    void eachCallerReadsOneCaseWithOnlyWhatItsRoleMaySee() {
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            assertSeesOnlyItsShare(caller.getKey(), api.getBody("/api/cases/" + id, caller.getValue()));
            assertSeesOnlyItsShare(caller.getKey(), api.getBody("/api/cases/" + id + "/export.json", caller.getValue()));
            assertSeesOnlyItsShare(caller.getKey(), api.getBody("/api/cases?q=" + marker, caller.getValue()));
            // The CSV has fewer columns: it shows the public detention place and nothing beyond the caller's share.
            String csv = api.getBody("/api/cases/export.csv?q=" + marker, caller.getValue());
            assertThat(csv).as(caller.getKey()).contains("public-place-" + marker).doesNotContain("restricted-", "staff-relation");
        }
    }

    @Test
    void onlyStaffSeeTheGateAndTheRevisionsWhichKeepNoRestrictedValue() {
        assertThat(api.getBody("/api/cases/" + id, null)).doesNotContain("riskReview", "consent", "openedBy");
        assertThat(api.getBody("/api/cases/" + id, api.partner)).doesNotContain("riskReview", "consent", "openedBy");
        assertThat(CasesApi.read(api.getBody("/api/cases/" + id, api.organiser)).at("/staff/riskReview/reviewedBy").asString())
                .isEqualTo("admin");

        api.get("/api/cases/" + id + "/revisions", null).expectStatus().isUnauthorized();
        api.get("/api/cases/" + id + "/revisions", api.partner).expectStatus().isForbidden();
        String revisions = api.getBody("/api/cases/" + id + "/revisions", api.organiser);
        assertThat(revisions).contains("\"opened\"", "\"consent recorded\"", "\"risk reviewed\"", "\"published\"")
                .doesNotContain("restricted-contact-" + marker);
    }

    @Test
    void everyReadOfRestrictedDataIsRecordedForAdmins() {
        api.getBody("/api/cases/" + id, api.organiser);
        api.getBody("/api/cases/" + id, api.admin);
        api.getBody("/api/cases/" + id + "/export.json", api.admin);

        api.get("/api/cases/restricted-reads?caseId=" + id, null).expectStatus().isUnauthorized();
        api.get("/api/cases/restricted-reads?caseId=" + id, api.partner).expectStatus().isForbidden();
        api.get("/api/cases/restricted-reads?caseId=" + id, api.organiser).expectStatus().isForbidden();
        var reads = CasesApi.read(api.getBody("/api/cases/restricted-reads?caseId=" + id, api.admin));
        // The admin's risk review answered with the case, restricted data included: a read too.
        assertThat(reads.get("total").asInt()).isEqualTo(3);
        assertThat(reads.findValuesAsString("readBy")).containsOnly("admin");
        assertThat(reads.findValuesAsString("through")).containsExactlyInAnyOrder(
                "POST /api/cases/{id}/risk-review", "GET /api/cases/{id}", "GET /api/cases/{id}/export.json");
    }

    @Test
    void aDraftIsNotFoundButForStaff() {
        String draft = api.open(CasesApi.dzhakishev(CasesApi.marker()));

        api.get("/api/cases/" + draft, null).expectStatus().isNotFound();
        api.get("/api/cases/" + draft, api.partner).expectStatus().isNotFound();
        api.get("/api/cases/" + draft + "/export.json", null).expectStatus().isNotFound();
        api.get("/api/cases/" + draft, api.organiser).expectStatus().isOk();
        assertThat(api.getBody("/api/cases?size=100", null)).doesNotContain(draft);
        assertThat(api.getBody("/api/cases?size=100", api.organiser)).contains(draft);
    }

    @Test
    void theMessagesTellOnlyWhatIsPublic() {
        api.post("/api/cases/" + id + "/status-changes", api.organiser, "{\"status\": \"RELEASED\", \"date\": \"2018-03\"}")
                .expectStatus().isOk();
        api.post("/api/cases/" + id + "/timeline", api.organiser, """
                {"date": "2018-03-01", "kind": "RELEASE", "text": {"en": "restricted-release-%s"}, "visibility": "RESTRICTED"}
                """.formatted(marker)).expectStatus().isCreated();
        api.post("/api/cases/" + id + "/timeline", api.organiser, """
                {"date": "2018-03-02", "kind": "STATEMENT", "text": {"en": "Freed."}, "visibility": "PUBLIC"}
                """).expectStatus().isCreated();

        List<String> types = List.of("org.advocacy.cases.case.published.v1", "org.advocacy.cases.case.status-changed.v1",
                "org.advocacy.cases.case.timeline-entry-added.v1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            var records = TopicProbe.recordsWithKey(Topics.CASE_FILES, id, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> TopicProbe.header(r, "ce_type")).containsExactlyElementsOf(types);
            records.forEach(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
                    .doesNotContain("restricted-", "staff-", "partner-"));
        });
    }

    private Map<String, String> callers() {
        java.util.LinkedHashMap<String, String> callers = new java.util.LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("partner", api.partner);
        callers.put("organiser", api.organiser);
        callers.put("admin", api.admin);
        return callers;
    }

    private void assertSeesOnlyItsShare(String caller, String body) {
        boolean partnerOrMore = !caller.equals("anonymous");
        boolean staff = caller.equals("organiser") || caller.equals("admin");
        boolean admin = caller.equals("admin");
        assertThat(body).as(caller).contains("public-place-" + marker, "public-entry-" + marker);
        check(body, caller, partnerOrMore, "partner-health-" + marker);
        check(body, caller, staff, "staff-relation-" + marker);
        check(body, caller, staff, "staff-entry-" + marker);
        check(body, caller, admin, "restricted-contact-" + marker);
        check(body, caller, admin, "restricted-source-" + marker);
    }

    private static void check(String body, String caller, boolean shown, String text) {
        if (shown) {
            assertThat(body).as(caller + " sees " + text).contains(text);
        } else {
            assertThat(body).as(caller + " does not see " + text).doesNotContain(text);
        }
    }
}
