package org.advocacy.devstack.drill;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.advocacy.devstack.parts.ControlClient;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.seed.KeycloakTokens;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/** The running platform as a drill sees it: its gateway, its mailboxes, and the parts it may stop. */
public final class DrilledPlatform {

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(Supporters.CLIENTS + 2)).build();
    final ControlClient control;
    final Mailbox mailbox;
    final Deliveries deliveries;
    final PrintStream log;
    private final DevstackSettings settings;

    public DrilledPlatform(DevstackSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
        this.control = ControlClient.of(new RunDirectory(settings.dataDirectory()).directory());
        if (settings.external().smtpHost().isPresent()) {
            throw new IllegalStateException("drills read devstack's own mailboxes: unset SMTP_HOST");
        }
        this.mailbox = new Mailbox(http, "http://127.0.0.1:" + settings.port(Port.MAIL_API));
        this.deliveries = new Deliveries(mailbox);
    }

    /** Supporters of a fresh petition of the drill's own, so that other counts stay as they are. */
    Supporters newPetition(String drill) throws IOException, InterruptedException {
        String issuer = settings.external().keycloakIssuerUri()
                .orElse("http://localhost:" + settings.port(Port.KEYCLOAK) + "/realms/" + DevstackSettings.REALM);
        KeycloakTokens tokens = new KeycloakTokens(http, new ObjectMapper(), issuer);
        Supporters.Organiser organiser = () -> tokens.password("advocacy-cli", "organiser", "organiser");
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new Supporters(http, "http://127.0.0.1:" + settings.port(Port.GATEWAY), organiser, run).openPetition(drill);
    }

    void step(String what) {
        log.println("  " + java.time.LocalTime.now().withNano(0) + " " + what);
    }
}
