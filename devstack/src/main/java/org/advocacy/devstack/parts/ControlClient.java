package org.advocacy.devstack.parts;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** A drill's side of {@link ControlServer}: stops, kills and starts parts of the platform that runs on a data directory. */
public final class ControlClient {

    /** Starting a service again takes its whole start; a loaded machine is slow. */
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;

    private ControlClient(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    /** @param runDirectory the data directory's {@code run/}, where devstack wrote how to reach it */
    public static ControlClient of(Path runDirectory) {
        Path file = runDirectory.resolve(ControlServer.FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("devstack is not running on this data directory (no " + file + "): ./platform up first");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return new ControlClient(URI.create("http://127.0.0.1:" + properties.getProperty("port") + "/parts/"),
                properties.getProperty("token"));
    }

    public void stop(String part) {
        send(part, "stop");
    }

    public void start(String part) {
        send(part, "start");
    }

    public void kill(String part) {
        send(part, "kill");
    }

    private void send(String part, String action) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(part + "/" + action))
                .timeout(COMMAND_TIMEOUT).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 204) {
                throw new IllegalStateException(action + " " + part + " failed: " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(action + " " + part + ": devstack does not answer (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
