package org.advocacy.conventions.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keycloak out of reach: a caller's token cannot be checked, which is an outage (503 with
 * Retry-After, as a problem detail), not the caller's fault (401) and never a 500.
 */
@SpringBootTest(classes = IdentityProviderDownTest.Service.class, properties = {
        // Nothing listens there: the keys cannot be fetched.
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=http://127.0.0.1:9/realms/advocacy",
        "spring.security.oauth2.resourceserver.jwt.audiences=advocacy-api"})
@AutoConfigureMockMvc
class IdentityProviderDownTest {

    // A well-formed token; its signature is never reached.
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0"
            + ".eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjkvcmVhbG1zL2Fkdm9jYWN5Iiwic3ViIjoib3JnYW5pc2VyIiwiZXhwIjo0MTAyNDQ0ODAwfQ"
            + ".c2lnbmF0dXJl";

    @Autowired
    MockMvc mvc;

    @Test
    void aTokenThatCannotBeCheckedIsAnOutageWithRetryAfter() throws Exception {
        mvc.perform(get("/staff-only").header("Authorization", "Bearer " + TOKEN))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("https://advocacy.example.org/problems/identity-unavailable"));
    }

    @Test
    void noTokenIsStillUnauthenticated() throws Exception {
        mvc.perform(get("/staff-only")).andExpect(status().isUnauthorized());
    }

    @SpringBootApplication
    @Import({ServiceSecurity.class, StaffOnly.class})
    static class Service {
    }

    @RestController
    static class StaffOnly {
        @GetMapping("/staff-only")
        @PreAuthorize(Access.ORGANISER)
        String read() {
            return "staff";
        }
    }
}
