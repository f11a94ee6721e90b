package org.advocacy.infrastructure.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * GreenMail standalone ({@code com.icegreen:greenmail-standalone}, a self-contained jar) as a child
 * process: an SMTP server that accepts any message from anyone into an in-memory mailbox per
 * recipient, and a REST API to read them ({@code GET /api/user/{email}/messages/INBOX},
 * {@code POST /api/mail/purge}, an OpenAPI page at {@code /}). Its own process because the jar
 * bundles its own logging and JSON libraries. Mail is kept in memory: a restart empties mailboxes,
 * and only the newest {@code maxMailboxes} recipients' mailboxes are kept (see {@link MailboxRetention}).
 */
public final class EmbeddedSmtp implements AutoCloseable {

    /**
     * A confirmation email's mailbox takes about 13 KB of GreenMail's heap (a heap histogram after a
     * signing load): 2,000 mailboxes are some 26 MB.
     */
    public static final int DEFAULT_MAX_MAILBOXES = 2000;
    /**
     * How often the oldest mailboxes are dropped. Mail arrives at up to 500 a second under a signing
     * benchmark: every 10 s let 5,000 more pile up, beyond the heap, and GreenMail spent its time in
     * full collections while the platform's emails waited. Every 2 s, at most about 1,000 more.
     */
    public static final Duration DEFAULT_RETENTION_INTERVAL = Duration.ofSeconds(2);
    /**
     * The kept mailboxes and 2 s of new mail take under 50 MB, but a backlog of thousands of emails
     * arrives at once after an outage of this server: with 64 or 96 MB it then did nothing but
     * collect, too slow to answer the sweeps that would free it. The heap grows only that far when
     * it must, and gives the room back at the next full collection.
     */
    public static final int DEFAULT_HEAP_MEGABYTES = 256;

    private final Path standaloneJar;
    private final String host;
    private final int smtpPort;
    private final int apiPort;
    private final Path logFile;
    private final int maxMailboxes;
    private final Duration retentionInterval;
    private final int heapMegabytes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private MailboxRetention retention;

    /** With the default bound: the newest {@value #DEFAULT_MAX_MAILBOXES} recipients' mailboxes, checked every 2 s. */
    public EmbeddedSmtp(Path standaloneJar, String host, int smtpPort, int apiPort, Path logFile) {
        this(standaloneJar, host, smtpPort, apiPort, logFile, DEFAULT_MAX_MAILBOXES, DEFAULT_RETENTION_INTERVAL,
                DEFAULT_HEAP_MEGABYTES);
    }

    public EmbeddedSmtp(Path standaloneJar, String host, int smtpPort, int apiPort, Path logFile,
                        int maxMailboxes, Duration retentionInterval, int heapMegabytes) {
        this.standaloneJar = standaloneJar;
        this.host = host;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.logFile = logFile;
        this.maxMailboxes = maxMailboxes;
        this.retentionInterval = retentionInterval;
        this.heapMegabytes = heapMegabytes;
    }

    public synchronized EmbeddedSmtp start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xms16m", "-Xmx" + heapMegabytes + "m", "-XX:MinHeapFreeRatio=15",
                "-XX:MaxHeapFreeRatio=40",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=" + host,
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=" + host,
                "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled",
                // Jakarta Mail otherwise scans the jar for its stream provider at every message part it parses.
                "-Djakarta.mail.util.StreamProvider=org.eclipse.angus.mail.util.MailStreamProvider",
                "-jar", standaloneJar.toString());
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Starting GreenMail failed", e);
        }
        retention = new MailboxRetention(apiUri(), maxMailboxes, retentionInterval);
        return this;
    }

    /** Waits until GreenMail's own readiness check answers 200. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        URI readiness = apiUri().resolve("api/service/readiness");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (process == null || !process.isAlive()) {
                throw new IllegalStateException("GreenMail stopped while starting, see " + logFile);
            }
            if (answers(readiness)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("GreenMail was not ready within " + timeout.toSeconds() + " s, see " + logFile);
    }

    public synchronized void stop(Duration grace) {
        if (retention != null) {
            retention.close();
            retention = null;
        }
        if (process == null) {
            return;
        }
        ChildProcesses.stop(process, grace);
        process = null;
    }

    public String host() {
        return host;
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Base address of the mailbox API, e.g. {@code http://127.0.0.1:8025/}. */
    public URI apiUri() {
        return URI.create("http://" + host + ":" + apiPort + "/");
    }

    public Optional<ProcessHandle> processHandle() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(10));
    }

    private boolean answers(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
