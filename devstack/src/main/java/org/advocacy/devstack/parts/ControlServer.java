package org.advocacy.devstack.parts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Lets a drill stop and start parts of the running platform: {@code POST /parts/{name}/stop},
 * {@code /start} or {@code /kill}. Listens on loopback only and obeys only a caller holding the
 * random token that it writes, readable by this user alone, into the data directory's
 * {@code run/control.properties}: whoever may read devstack's data may already stop it.
 * One command at a time, each answered when done.
 */
public final class ControlServer implements AutoCloseable {

    static final String FILE = "control.properties";

    private final Controls controls;
    private final Path file;
    private final Consumer<String> report;
    private final String token = newToken();
    private HttpServer server;

    public ControlServer(Controls controls, Path runDirectory, Consumer<String> report) {
        this.controls = controls;
        this.file = runDirectory.resolve(FILE);
        this.report = report;
    }

    public ControlServer start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/parts/", this::handle);
            server.start();
            writeAddressAndToken();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("The control endpoint did not start", e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file names a port nobody listens on: harmless
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorised(exchange)) {
                answer(exchange, 401, "a valid control token is needed");
                return;
            }
            String[] path = exchange.getRequestURI().getPath().split("/");
            if (!"POST".equals(exchange.getRequestMethod()) || path.length != 4) {
                answer(exchange, 404, "POST /parts/{name}/stop|start|kill");
                return;
            }
            Optional<Controllable> part = controls.part(path[2]);
            if (part.isEmpty()) {
                answer(exchange, 404, "no part " + path[2] + "; there are " + controls.names());
                return;
            }
            answer(exchange, run(path[2], path[3], part.get()), "");
        }
    }

    private synchronized int run(String name, String action, Controllable part) {
        try {
            switch (action) {
                case "stop" -> part.stop();
                case "kill" -> part.kill();
                case "start" -> part.start();
                default -> {
                    return 404;
                }
            }
            report.accept("drill: " + name + " " + (action.equals("kill") ? "killed" : action.equals("stop") ? "stopped" : "started"));
            return 204;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        } catch (RuntimeException e) {
            report.accept("drill: " + action + " " + name + " failed: " + e.getMessage());
            return 500;
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String given = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")).orElse("");
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + token).getBytes(StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private void writeAddressAndToken() throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the data directory's own permissions guard it
        }
        Properties properties = new Properties();
        properties.setProperty("port", Integer.toString(server.getAddress().getPort()));
        properties.setProperty("token", token);
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "How drills reach the running devstack; only for this user");
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
