package org.advocacy.cases.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

/**
 * The seed campaign's cases, as devstack loads them on a first start: each POSTed, then its
 * follow-ups (consent as the organiser, the risk review as the admin, publication), all accepted.
 * What the public then reads is what the appeal says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class SeedCasesIT {

    private static final Path SEED = Path.of(System.getProperty("platform.root", ".."))
            .resolve("devstack/src/main/resources/seed/kazakhstan-2017");

    @LocalServerPort
    int port;

    @Test
    void theSeedsCasesLoadThroughTheGateAndThePublicFindsThemInEverySpelling() throws Exception {
        CasesApi api = new CasesApi(port);
        Map<String, String> staff = Map.of("organiser", api.organiser, "admin", api.admin);
        JsonNode cases = CasesApi.read(Files.readString(SEED.resolve("cases.json")));
        List<String> ids = new ArrayList<>();
        for (JsonNode item : cases.get("items")) {
            String id = api.open(item.toString());
            ids.add(id);
            for (JsonNode step : cases.get("then")) {
                String token = staff.get(step.has("as") ? step.get("as").asString() : "organiser");
                api.post(step.get("post").asString().replace("{id}", id), token,
                        step.has("body") ? step.get("body").toString() : null).expectStatus().isOk();
            }
        }
        JsonNode figures = CasesApi.read(Files.readString(SEED.resolve("case-figures.json")));
        api.post(figures.get("post").asString(), api.organiser, figures.get("items").get(0).toString())
                .expectStatus().isCreated();

        for (String id : ids) {
            api.get("/api/cases/" + id, null).expectStatus().isOk().expectBody().jsonPath("$.published").isEqualTo(true);
        }
        String dzhakishev = ids.get(1);
        assertThat(api.getBody("/api/cases?size=100&q=dzakisev", null)).contains(dzhakishev);
        assertThat(api.getBody("/api/cases?size=100&q=Джакишев", null)).contains(dzhakishev);
        JsonNode released = CasesApi.read(api.getBody("/api/cases/" + ids.get(5), null));
        assertThat(released.get("status").asString()).isEqualTo("RELEASED");
        assertThat(released.at("/timeline/0/date").asString()).isEqualTo("2017");
        assertThat(CasesApi.read(api.getBody("/api/cases/" + dzhakishev, null)).at("/relatedPersons/0/name").asString())
                .isEqualTo("Mukhtar Ablyazov");
        assertThat(api.getBody("/api/cases/stats?campaign=kazakhstan-2017", null)).contains("\"atLeast\":35");
    }
}
