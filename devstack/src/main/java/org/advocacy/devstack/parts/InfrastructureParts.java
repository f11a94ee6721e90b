package org.advocacy.devstack.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.keycloak.KeycloakSetup;
import org.advocacy.devstack.process.LogFiles;
import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.process.StartedParts;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;
import org.advocacy.infrastructure.embedded.EmbeddedKafkaBroker;
import org.advocacy.infrastructure.embedded.EmbeddedSmtp;
import org.advocacy.infrastructure.embedded.KeycloakServer;

/**
 * Starts each piece of infrastructure, or takes the external one its variable names. Kafka and the
 * MongoDB-protocol store run inside the devstack JVM; GreenMail and Keycloak as child processes.
 * Each method blocks until its part answers and returns where it answers.
 */
public final class InfrastructureParts {

    private static final Duration KEYCLOAK_START_TIMEOUT = Duration.ofMinutes(10);

    private final DevstackSettings settings;
    private final Progress progress;
    private final StartedParts started;
    private final RunDirectory run;
    private final Controls controls;

    /** @param controls where each part devstack runs itself is registered, for drills to stop and start */
    public InfrastructureParts(DevstackSettings settings, Progress progress, StartedParts started, RunDirectory run,
                               Controls controls) {
        this.settings = settings;
        this.progress = progress;
        this.started = started;
        this.run = run;
        this.controls = controls;
    }

    public String kafka() {
        var external = settings.external().kafkaBootstrapServers();
        if (external.isPresent()) {
            progress.step("kafka: using " + external.get() + " (KAFKA_BOOTSTRAP_SERVERS)");
            return external.get();
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(settings.dataDirectory().resolve("kafka"),
                settings.port(Port.KAFKA), settings.port(Port.KAFKA_CONTROLLER));
        started.add("kafka", broker::stop);
        broker.start();
        controls.register("kafka", new Controllable() {
            @Override
            public void stop() {
                broker.stop();
            }

            @Override
            public void start() {
                broker.start();
            }
        });
        progress.step("kafka ready on " + broker.bootstrapServers());
        return broker.bootstrapServers();
    }

    public String mongo() {
        var external = settings.external().mongodbUri();
        if (external.isPresent()) {
            progress.step("mongodb: using the server in MONGODB_URI");
            return external.get();
        }
        RestartableMongo mongo = new RestartableMongo(settings.dataDirectory().resolve("mongo"), settings.port(Port.MONGODB));
        started.add("mongodb", mongo::stop);
        mongo.start();
        controls.register("mongodb", mongo);
        progress.step("mongodb ready on " + mongo.connectionString());
        return mongo.connectionString();
    }

    public Smtp smtp() throws InterruptedException {
        var external = settings.external().smtpHost();
        if (external.isPresent()) {
            progress.step("smtp: using " + external.get() + ":" + settings.port(Port.SMTP) + " (SMTP_HOST)");
            return new Smtp(external.get(), settings.port(Port.SMTP), Optional.empty());
        }
        Path jar = settings.buildOutput("devstack").resolve("greenmail-standalone.jar");
        requireFile(jar);
        EmbeddedSmtp smtp = new EmbeddedSmtp(jar, "127.0.0.1", settings.port(Port.SMTP), settings.port(Port.MAIL_API),
                LogFiles.rotate(settings.logsDirectory().resolve("mail.log")));
        started.add("mail", () -> {
            smtp.stop(Duration.ofSeconds(10));
            run.forget("mail");
        });
        Controllable mail = new Controllable() {
            @Override
            public void stop() {
                smtp.stop(Duration.ofSeconds(10));
            }

            @Override
            public void kill() {
                smtp.stop(Duration.ZERO);
            }

            @Override
            public void start() throws InterruptedException {
                smtp.start();
                smtp.processHandle().ifPresent(handle -> run.record(RecordedProcess.of("mail", handle, smtp.apiUri().toString())));
                smtp.awaitReady(Duration.ofSeconds(60));
            }
        };
        mail.start();
        controls.register("mail", mail);
        progress.step("smtp ready on 127.0.0.1:" + smtp.smtpPort() + ", mailbox API on " + smtp.apiUri());
        return new Smtp(smtp.host(), smtp.smtpPort(), Optional.of(smtp.apiUri().toString()));
    }

    public String keycloak(DevSecrets secrets) throws InterruptedException {
        var external = settings.external().keycloakIssuerUri();
        if (external.isPresent()) {
            progress.step("keycloak: using " + external.get() + " (KEYCLOAK_ISSUER_URI)");
            return external.get();
        }
        KeycloakSetup setup = new KeycloakSetup(settings, progress);
        Path home = setup.distribution();
        boolean firstStart = !Files.isDirectory(home.resolve("data/h2"));
        KeycloakServer keycloak = new KeycloakServer(home, settings.port(Port.KEYCLOAK),
                setup.environment(secrets), LogFiles.rotate(settings.logsDirectory().resolve("keycloak.log")));
        keycloak.importRealm(DevstackSettings.REALM + "-realm.json", setup.realm());
        started.add("keycloak", () -> {
            keycloak.stop(Duration.ofSeconds(30));
            run.forget("keycloak");
        });
        progress.step("keycloak starting" + (firstStart ? " (first start: sets itself up and imports the realm, about a minute)" : ""));
        keycloak.start();
        keycloak.processHandle().ifPresent(handle -> run.record(RecordedProcess.of("keycloak", handle, keycloak.baseUri().toString())));
        keycloak.awaitReady(DevstackSettings.REALM, KEYCLOAK_START_TIMEOUT);
        progress.step("keycloak ready on " + keycloak.baseUri() + ", realm " + DevstackSettings.REALM);
        return keycloak.issuerUri(DevstackSettings.REALM);
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file.getFileName() + " is missing from " + file.getParent()
                    + ": build first (./mvnw -DskipTests package, or ./platform up builds it)");
        }
    }

    /** @param mailApi the mailbox API, when the SMTP server is devstack's own */
    public record Smtp(String host, int port, Optional<String> mailApi) {
    }

}
