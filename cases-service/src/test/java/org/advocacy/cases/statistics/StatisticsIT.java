package org.advocacy.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/** Counts over a campaign's published cases, with the figure the campaign states and its source. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class StatisticsIT {

    static final String FIGURE = """
            {"campaign": "%s", "country": "KZ", "atLeast": 35,
             "description": {"en": "cases of political persecution", "pl": "przypadków prześladowania na tle politycznym"},
             "source": {"title": "Powstrzymajmy tortury w Kazachstanie", "date": "2017"}}""";

    @LocalServerPort
    int port;
    CasesApi api;
    String campaign;

    @BeforeEach
    void aCampaignOfItsOwn() {
        api = new CasesApi(port);
        campaign = "stats-" + CasesApi.marker();
    }

    @Test
    void publishedCasesAreCountedByStatusFormAndYearWithTheCampaignsSourcedFigure() {
        String marker = CasesApi.marker();
        api.openAndPublish(CasesApi.dzhakishev(marker).replace("kazakhstan-2017", campaign));
        api.openAndPublish(CasesApi.dzhakishev(marker).replace("kazakhstan-2017", campaign).replace("\"IMPRISONED\"", "\"RELEASED\""));
        api.open(CasesApi.dzhakishev(marker).replace("kazakhstan-2017", campaign));
        api.post("/api/cases/figures", api.organiser, FIGURE.formatted(campaign)).expectStatus().isCreated();

        JsonNode stats = CasesApi.read(api.getBody("/api/cases/stats?campaign=" + campaign, null));

        assertThat(stats.get("cases").asInt()).as("the draft is not counted").isEqualTo(2);
        assertThat(stats.at("/byStatus/IMPRISONED").asInt()).isEqualTo(1);
        assertThat(stats.at("/byStatus/RELEASED").asInt()).isEqualTo(1);
        assertThat(stats.at("/byCountry/KZ").asInt()).isEqualTo(2);
        assertThat(stats.at("/byPersecutionForm/TORTURE").asInt()).isEqualTo(2);
        assertThat(stats.at("/byCategory/RELATIVE_OR_ASSOCIATE").asInt()).isEqualTo(2);
        // Only public entries count: each case has one public statement dated 2017 and one staff-only arrest.
        assertThat(stats.get("overTime").toString()).isEqualTo("[{\"year\":\"2017\",\"kind\":\"STATEMENT\",\"count\":2}]");
        assertThat(stats.at("/campaignFigures/0/atLeast").asInt()).isEqualTo(35);
        assertThat(stats.at("/campaignFigures/0/source/title").asString()).isEqualTo("Powstrzymajmy tortury w Kazachstanie");
    }

    @Test
    void aFigureShowsAtOnceAndANewlyPublishedCaseWithinMoments() {
        assertThat(CasesApi.read(api.getBody("/api/cases/stats?campaign=" + campaign, null)).get("cases").asInt()).isZero();

        api.post("/api/cases/figures", api.organiser, FIGURE.formatted(campaign)).expectStatus().isCreated();
        assertThat(CasesApi.read(api.getBody("/api/cases/stats?campaign=" + campaign, null)).at("/campaignFigures/0/atLeast").asInt())
                .as("the figure just recorded").isEqualTo(35);

        api.openAndPublish(CasesApi.dzhakishev(CasesApi.marker()).replace("kazakhstan-2017", campaign));
        await().atMost(CaseCounts.FRESH_FOR.plusSeconds(3)).untilAsserted(() ->
                assertThat(CasesApi.read(api.getBody("/api/cases/stats?campaign=" + campaign, null)).get("cases").asInt()).isEqualTo(1));
    }

    @Test
    void aFigureWithoutASourceOrBelowOneIsRefusedAndNotStored() {
        api.post("/api/cases/figures", api.organiser, """
                {"campaign": "%s", "atLeast": 0, "description": {"en": "cases"}}""".formatted(campaign))
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString()).contains("atLeast", "source"));
        assertThat(CasesApi.read(api.getBody("/api/cases/stats?campaign=" + campaign, null)).get("campaignFigures")).isEmpty();
    }

    @Test
    void theListExportsAsCsvWithoutFormulas() {
        String marker = CasesApi.marker();
        String id = api.openAndPublish(CasesApi.dzhakishev(marker).replace("kazakhstan-2017", campaign)
                .replace("\"place\": \"public-place-" + marker + "\"", "\"place\": \"=HYPERLINK(1)\""));

        String csv = api.getBody("/api/cases/export.csv?campaign=" + campaign, null);

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("id,name,spellings,country,categories,status");
        assertThat(csv).contains(id, "Mukhtar Dzhakishev " + marker, "'=HYPERLINK(1)").doesNotContain("published,consent");
        assertThat(api.getBody("/api/cases/export.csv?campaign=" + campaign, api.organiser).lines().findFirst().orElseThrow())
                .endsWith("published,consent,risk_review_approved");
    }
}
