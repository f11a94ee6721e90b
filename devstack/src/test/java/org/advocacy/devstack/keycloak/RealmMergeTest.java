package org.advocacy.devstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.infrastructure.embedded.RealmMerge;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RealmMergeTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void appendsNewClientsAndUsersAndKeepsTheBaseOnes() throws Exception {
        ObjectNode base = read("{'realm':'advocacy','clients':[{'clientId':'gateway','publicClient':false}]}");
        ObjectNode additions = read("{'clients':[{'clientId':'advocacy-cli','publicClient':true}],'users':[{'username':'organiser'}]}");

        ObjectNode merged = RealmMerge.merge(base, additions);

        assertThat(merged.path("clients").findValuesAsText("clientId")).containsExactly("gateway", "advocacy-cli");
        assertThat(merged.path("users").findValuesAsText("username")).containsExactly("organiser");
        assertThat(merged.path("realm").asText()).isEqualTo("advocacy");
    }

    @Test
    void anAdditionReplacesTheEntryItNames() throws Exception {
        ObjectNode base = read("{'clients':[{'clientId':'gateway','redirectUris':['https://a']},{'clientId':'other'}]}");
        ObjectNode additions = read("{'clients':[{'clientId':'gateway','redirectUris':['http://localhost:8080/*']}]}");

        ObjectNode merged = RealmMerge.merge(base, additions);

        assertThat(merged.path("clients")).hasSize(2);
        assertThat(merged.path("clients").get(0).path("redirectUris").get(0).asText()).isEqualTo("http://localhost:8080/*");
    }

    @Test
    void mergesNestedObjectsFieldByFieldAndRolesByName() throws Exception {
        ObjectNode base = read("{'roles':{'realm':[{'name':'organiser'},{'name':'admin'}]},'attributes':{'a':'1','b':'2'}}");
        ObjectNode additions = read("{'roles':{'realm':[{'name':'admin','description':'dev'},{'name':'tester'}]},'attributes':{'b':'3'}}");

        ObjectNode merged = RealmMerge.merge(base, additions);

        assertThat(merged.path("roles").path("realm").findValuesAsText("name")).containsExactly("organiser", "admin", "tester");
        assertThat(merged.path("roles").path("realm").get(1).path("description").asText()).isEqualTo("dev");
        assertThat(merged.path("attributes").path("a").asText()).isEqualTo("1");
        assertThat(merged.path("attributes").path("b").asText()).isEqualTo("3");
    }

    @Test
    void addsPlainValuesToListsOnlyOnce() throws Exception {
        ObjectNode base = read("{'supportedLocales':['en','pl']}");

        ObjectNode merged = RealmMerge.merge(base, read("{'supportedLocales':['pl','de']}"));

        assertThat(merged.path("supportedLocales").toString()).isEqualTo("[\"en\",\"pl\",\"de\"]");
    }

    @Test
    void leavesTheBaseUntouched() throws Exception {
        ObjectNode base = read("{'clients':[{'clientId':'gateway'}]}");

        RealmMerge.merge(base, read("{'clients':[{'clientId':'advocacy-cli'}]}"));

        assertThat(base.path("clients")).hasSize(1);
    }

    private ObjectNode read(String singleQuoted) throws Exception {
        return (ObjectNode) json.readTree(singleQuoted.replace('\'', '"'));
    }
}
