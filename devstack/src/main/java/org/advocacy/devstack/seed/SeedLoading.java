package org.advocacy.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.settings.DevstackSettings;

/**
 * First start only: the seed campaign through the gateway, with the demo organiser's token from
 * Keycloak, and the demo admin's for what a second staff member must do (a case's risk review).
 */
public final class SeedLoading {

    static final String CLI_CLIENT = "advocacy-cli";
    static final String ORGANISER = "organiser";
    static final String ADMIN = "admin";

    private final DevstackSettings settings;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Progress progress;

    public SeedLoading(DevstackSettings settings, HttpClient http, ObjectMapper json, Progress progress) {
        this.settings = settings;
        this.http = http;
        this.json = json;
        this.progress = progress;
    }

    /** @return what went wrong; empty when the campaign is (or already was) loaded */
    public List<String> loadOnce(SeedCampaign campaign, URI gateway, String issuerUri) throws InterruptedException {
        SeedMarker marker = new SeedMarker(settings.dataDirectory().resolve("seed").resolve(campaign.slug() + ".properties"));
        if (marker.isComplete()) {
            progress.step("seed: campaign " + campaign.slug() + " was loaded on an earlier start");
            return List.of();
        }
        Map<String, String> tokens = new HashMap<>();
        staffToken(issuerUri, ORGANISER).ifPresent(token -> tokens.put(ORGANISER, token));
        staffToken(issuerUri, ADMIN).ifPresent(token -> tokens.put(ADMIN, token));
        List<String> failures = new SeedLoader(http, json, gateway, progress).load(campaign, marker, tokens);
        if (failures.isEmpty()) {
            progress.step("seed: campaign " + campaign.slug() + " loaded");
        } else {
            progress.step("seed: campaign " + campaign.slug() + " NOT fully loaded, " + failures.size()
                    + " request(s) failed (the next ./platform up tries them again):");
            failures.forEach(failure -> progress.plain("    " + failure));
        }
        return failures;
    }

    /** The demo users' passwords are their names (development import only). */
    private Optional<String> staffToken(String issuerUri, String user) throws InterruptedException {
        try {
            return Optional.of(new KeycloakTokens(http, json, issuerUri).password(CLI_CLIENT, user, user));
        } catch (IOException e) {
            progress.step("seed: no " + user + " token (" + e.getMessage() + "); posting without one");
            return Optional.empty();
        }
    }
}
