package org.advocacy.devstack.seed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.settings.DevstackSettings;

/** First start only: the seed campaign through the gateway, with an organiser's token from Keycloak. */
public final class SeedLoading {

    static final String CLI_CLIENT = "advocacy-cli";
    static final String ORGANISER = "organiser";

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
        Optional<String> token = organiserToken(issuerUri);
        List<String> failures = new SeedLoader(http, json, gateway, progress).load(campaign, marker, token);
        if (failures.isEmpty()) {
            progress.step("seed: campaign " + campaign.slug() + " loaded");
        } else {
            progress.step("seed: campaign " + campaign.slug() + " NOT fully loaded, " + failures.size()
                    + " request(s) failed (the next ./platform up tries them again):");
            failures.forEach(failure -> progress.plain("    " + failure));
        }
        return failures;
    }

    private Optional<String> organiserToken(String issuerUri) throws InterruptedException {
        try {
            return Optional.of(new KeycloakTokens(http, json, issuerUri).password(CLI_CLIENT, ORGANISER, ORGANISER));
        } catch (IOException e) {
            progress.step("seed: no organiser token (" + e.getMessage() + "); posting without one");
            return Optional.empty();
        }
    }
}
