package org.advocacy.devstack.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ControlServerTest {

    @TempDir
    Path run;

    private final List<String> done = new ArrayList<>();
    private final Controls controls = new Controls();

    @Test
    void aDrillHoldingTheTokenStopsKillsAndStartsAPart() throws Exception {
        controls.register("kafka", part("kafka"));
        try (ControlServer server = new ControlServer(controls, run, line -> { }).start()) {
            ControlClient client = ControlClient.of(run);

            client.stop("kafka");
            client.kill("kafka");
            client.start("kafka");

            assertThat(done).containsExactly("kafka stop", "kafka kill", "kafka start");
        }
        assertThat(run.resolve(ControlServer.FILE)).as("gone with devstack").doesNotExist();
    }

    @Test
    void withoutTheTokenNothingHappensAndTheTokenIsForThisUserAlone() throws Exception {
        controls.register("mongodb", part("mongodb"));
        try (ControlServer server = new ControlServer(controls, run, line -> { }).start()) {
            Properties control = new Properties();
            control.load(Files.newBufferedReader(run.resolve(ControlServer.FILE)));
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + control.getProperty("port") + "/parts/mongodb/stop"))
                    .header("Authorization", "Bearer guessed").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(done).isEmpty();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run.resolve(ControlServer.FILE))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void anUnknownPartIsNamedWithTheOnesThereAre() {
        controls.register("mail", part("mail"));
        try (ControlServer server = new ControlServer(controls, run, line -> { }).start()) {
            assertThatThrownBy(() -> ControlClient.of(run).stop("smtp"))
                    .hasMessageContaining("404").hasMessageContaining("mail");
        }
    }

    @Test
    void withoutARunningDevstackTheDrillSaysSo() {
        assertThatThrownBy(() -> ControlClient.of(run)).hasMessageContaining("./platform up");
    }

    private Controllable part(String name) {
        return new Controllable() {
            @Override
            public void stop() {
                done.add(name + " stop");
            }

            @Override
            public void kill() {
                done.add(name + " kill");
            }

            @Override
            public void start() {
                done.add(name + " start");
            }
        };
    }
}
