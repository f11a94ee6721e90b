package org.advocacy.cases.testing;

import java.util.UUID;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestKeycloak;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The cases API as each kind of caller uses it, with real tokens from the real Keycloak. */
public final class CasesApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public final RestTestClient client;
    public final String organiser;
    public final String admin;
    public final String partner;

    public CasesApi(int port) {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        TestKeycloak keycloak = TestInfrastructure.keycloak();
        organiser = keycloak.organiserToken();
        admin = keycloak.adminToken();
        partner = keycloak.partnerToken();
    }

    /** A case of Mukhtar Dzhakishev with one field group of each visibility and restricted data; a unique marker in its name. */
    public static String dzhakishev(String marker) {
        return """
                {"campaign": "kazakhstan-2017",
                 "person": {"name": "Mukhtar Dzhakishev %1$s", "spellings": ["Мухтар Джакишев", "Jakishev"],
                            "photoUrl": "https://example.org/photo-%1$s.jpg", "birthYear": 1963},
                 "country": "KZ", "status": "IMPRISONED", "categories": ["RELATIVE_OR_ASSOCIATE"],
                 "persecutionForms": ["TORTURE", "DENIAL_OF_MEDICAL_CARE"],
                 "summary": {"en": "Over 8 years in prison for his ties to an opposition leader.",
                             "pl": "Ponad 8 lat w więzieniu."},
                 "detention": {"place": "public-place-%1$s"},
                 "health": {"en": "partner-health-%1$s"},
                 "relatedPersons": [{"name": "Mukhtar Ablyazov", "relation": {"en": "staff-relation-%1$s"}}],
                 "decisions": [{"body": "UN Human Rights Committee", "finding": {"en": "Demanded his immediate release."},
                                "sourceIds": ["appeal"]}],
                 "visibility": {"detention": "PUBLIC", "decisions": "PUBLIC", "health": "PARTNERS", "photo": "PUBLIC"},
                 "restricted": {"familyContacts": "restricted-contact-%1$s"},
                 "sources": [{"id": "appeal", "title": "Stop torture in Kazakhstan", "date": "2017-12", "visibility": "PUBLIC"},
                             {"id": "informant", "title": "restricted-source-%1$s", "visibility": "RESTRICTED"}],
                 "timeline": [{"date": "2017", "kind": "STATEMENT", "text": {"en": "public-entry-%1$s"},
                               "sourceIds": ["appeal", "informant"], "visibility": "PUBLIC"},
                              {"date": "2017-11-02", "kind": "ARREST", "text": {"en": "staff-entry-%1$s"}}]}
                """.formatted(marker);
    }

    public static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public String open(String body) {
        String created = post("/api/cases", organiser, body).expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
        return read(created).get("id").asString();
    }

    /** Consent recorded by the organiser, the risk review by a second staff member (the admin), then published. */
    public String openAndPublish(String body) {
        String id = open(body);
        post("/api/cases/" + id + "/consent", organiser, "{\"givenBy\": \"FAMILY\", \"note\": \"Asked through the lawyer.\"}")
                .expectStatus().isOk();
        post("/api/cases/" + id + "/risk-review", admin, "{\"approved\": true, \"note\": \"Already in the press.\"}")
                .expectStatus().isOk();
        post("/api/cases/" + id + "/publication", organiser, null).expectStatus().isOk();
        return id;
    }

    public RestTestClient.ResponseSpec post(String path, String token, String body) {
        var request = client.post().uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange();
    }

    public RestTestClient.ResponseSpec get(String path, String token) {
        var request = client.get().uri(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.exchange();
    }

    public String getBody(String path, String token) {
        return get(path, token).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    public static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
