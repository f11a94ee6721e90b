package org.advocacy.cases.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.advocacy.cases.testing.CasesApi;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/** Finding cases whatever the spelling, accents or script, and by filters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class CaseSearchIT {

    @LocalServerPort
    int port;
    CasesApi api;
    String marker;
    String dzhakishev;

    @BeforeEach
    void cases() {
        api = new CasesApi(port);
        marker = CasesApi.marker();
        dzhakishev = api.openAndPublish(CasesApi.dzhakishev(marker));
    }

    @Test
    void dzakisevAndДжакишевBothFindDzhakishev() {
        for (String query : new String[] {"dzakisev", "Джакишев", "DŽAKIŠEV", "jakishev", "Mukhtar Dzhakishev"}) {
            assertThat(ids(query + " " + marker, null)).as(query).containsExactly(dzhakishev);
        }
        assertThat(ids("Bokayev " + marker, null)).isEmpty();
    }

    @Test
    void theTextsAreSearchedButEachAudienceOnlyInWhatItSees() {
        assertThat(ids("opposition leader " + marker, null)).containsExactly(dzhakishev);
        assertThat(ids("więzieniu " + marker, null)).as("Polish text, accents typed").containsExactly(dzhakishev);
        assertThat(ids("wiezieniu " + marker, null)).as("Polish text, accents left out").containsExactly(dzhakishev);
        // "staff-entry-<marker>" is a staff-only timeline entry: the public does not find the case by it.
        assertThat(ids("staff entry " + marker, null)).isEmpty();
        assertThat(ids("staff entry " + marker, api.organiser)).containsExactly(dzhakishev);
        assertThat(ids("restricted contact " + marker, api.admin)).as("restricted data is never searchable").isEmpty();
    }

    @Test
    void filtersNarrowTheList() {
        String released = api.openAndPublish(CasesApi.dzhakishev(marker).replace("\"IMPRISONED\"", "\"RELEASED\"")
                .replace("\"RELATIVE_OR_ASSOCIATE\"", "\"JOURNALIST\"").replace("\"TORTURE\", ", ""));

        assertThat(ids(marker + "&status=RELEASED", null)).containsExactly(released);
        assertThat(ids(marker + "&category=RELATIVE_OR_ASSOCIATE", null)).containsExactly(dzhakishev);
        assertThat(ids(marker + "&form=TORTURE", null)).containsExactly(dzhakishev);
        assertThat(ids(marker + "&country=KZ", null)).containsExactlyInAnyOrder(dzhakishev, released);
        assertThat(ids(marker + "&country=PL", null)).isEmpty();
    }

    private java.util.List<String> ids(String query, String token) {
        // The client encodes what a URL may not hold (spaces, Cyrillic) as a browser would.
        java.util.List<String> ids = new java.util.ArrayList<>();
        CasesApi.read(api.getBody("/api/cases?size=100&q=" + query, token)).get("items")
                .forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
