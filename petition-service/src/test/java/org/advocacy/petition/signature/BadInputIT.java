package org.advocacy.petition.signature;

import static org.advocacy.petition.Fixtures.openPetition;
import static org.advocacy.petition.Fixtures.pendingMessageTo;
import static org.advocacy.petition.Fixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.advocacy.infrastructure.testing.TestInfrastructure;
import org.advocacy.infrastructure.testing.TestInfrastructureInitializer;
import org.advocacy.petition.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.client.RestTestClient;

/** Bad input gets a 4xx problem detail naming the field, and nothing is stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    RestTestClient anyone;
    String petition;

    @BeforeEach
    void openPetition() {
        anyone = Fixtures.anonymous(port);
        petition = Fixtures.openPetition(port, 10_000);
    }

    @Test
    void missingFieldsAreEachNamed() {
        sign(anyone, petition, "{}").expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields.toString()).contains("name", "email", "country", "locale"));
        assertNothingStored();
    }

    @Test
    void anUnknownCountryABadLanguageTagAndAnOverlongNameAreRefused() {
        sign(anyone, petition, """
                {"name": "%s", "email": "not-an-email", "country": "XX", "locale": "not a tag!"}
                """.formatted("N".repeat(201))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields ->
                        assertThat(fields.toString()).contains("name", "email", "country", "locale"));
        assertNothingStored();
    }

    @Test
    void anObjectWhereAnEmailIsExpectedIsRefusedNamingTheField() {
        sign(anyone, petition, """
                {"name": "Injector", "email": {"$gt": ""}, "country": "PL", "locale": "pl"}
                """).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        assertNothingStored();
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() {
        sign(anyone, petition, """
                {"name": "Typo", "email": "typo@example.org", "country": "PL", "locale": "pl", "keepInformed": [1]}
                """).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("keepInformed");
        assertNothingStored();
    }

    @Test
    void aTenMegabyteBodyIsRefusedAsTooLarge() {
        String huge = "{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        sign(anyone, petition, huge).expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertNothingStored();
    }

    @Test
    void fieldsTheFormDoesNotKnowAreIgnored() {
        sign(anyone, petition, """
                {"name": "Ignored Extra", "email": "extra.%s@example.org", "country": "PL", "locale": "pl",
                 "utm_source": "newsletter", "status": "CONFIRMED"}
                """.formatted(UUID.randomUUID())).expectStatus().isAccepted();
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void markupInANameIsKeptAsPlainTextAndNeutralisedInTheExport() {
        String email = "markup." + UUID.randomUUID() + "@example.org";
        String name = "<script>alert(1)</script>";
        sign(anyone, petition, Fixtures.signature(name, email, "PL")).expectStatus().isAccepted();
        var pending = pendingMessageTo(petition, email);
        assertThat(pending.get("name").asString()).isEqualTo(name);
        Fixtures.confirm(anyone, pending.get("confirmationToken").asString()).expectStatus().isOk();

        String formulaEmail = "formula." + UUID.randomUUID() + "@example.org";
        sign(anyone, petition, Fixtures.signature("=HYPERLINK(\\\"http://evil.example\\\")", formulaEmail, "PL"))
                .expectStatus().isAccepted();
        Fixtures.confirm(anyone, pendingMessageTo(petition, formulaEmail).get("confirmationToken").asString())
                .expectStatus().isOk();

        String csv = Fixtures.withToken(port, TestInfrastructure.keycloak().adminToken())
                .get().uri("/api/petitions/{id}/signatures.csv?includeEmail=true", petition).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv.lines()).contains("name,country,date,email");
        assertThat(csv).contains("<script>alert(1)</script>,PL,", email)
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",PL,");
    }

    private void assertNothingStored() {
        assertThat(stored()).isZero();
    }

    private long stored() {
        return mongo.count(Query.query(Criteria.where("petitionId").is(petition)), "signatures");
    }
}
