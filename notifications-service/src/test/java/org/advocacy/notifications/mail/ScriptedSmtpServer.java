package org.advocacy.notifications.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An SMTP server that speaks just enough of the protocol for a sender to reach the moment a test is
 * about: it answers the recipient as scripted and runs a step when an email has arrived, before it
 * says so. Takes a single connection, or every one.
 */
public final class ScriptedSmtpServer implements AutoCloseable {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ServerSocket server;

    private ScriptedSmtpServer(String answerToRecipient, Runnable onEmail, boolean singleConnection) throws IOException {
        server = new ServerSocket(0);
        threads.submit(() -> {
            try (server) {
                do {
                    Socket client = server.accept();
                    threads.submit(() -> converse(client, answerToRecipient, onEmail));
                } while (!singleConnection && !Thread.currentThread().isInterrupted());
            }
            return null;
        });
    }

    /** Takes every email on every connection, running {@code onEmail} as each arrives. */
    public static ScriptedSmtpServer takingEvery(Runnable onEmail) throws IOException {
        return new ScriptedSmtpServer("250 ok", onEmail, false);
    }

    /** Takes one connection, on which it answers the recipient as given and counts on {@code onEmail}. */
    public static ScriptedSmtpServer oneConnection(String answerToRecipient, Runnable onEmail) throws IOException {
        return new ScriptedSmtpServer(answerToRecipient, onEmail, true);
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        threads.shutdownNow();
        server.close();
    }

    private static Void converse(Socket client, String answerToRecipient, Runnable onEmail) throws IOException {
        try (client) {
            var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = client.getOutputStream();
            answer(out, "220 test ESMTP");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.toUpperCase();
                if (command.startsWith("RCPT")) {
                    answer(out, answerToRecipient);
                } else if (command.startsWith("DATA")) {
                    answer(out, "354 go on");
                    for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
                        // the email's lines
                    }
                    onEmail.run();
                    answer(out, "250 queued");
                } else if (command.startsWith("QUIT")) {
                    answer(out, "221 bye");
                    return null;
                } else {
                    answer(out, command.startsWith("EHLO") ? "250 test" : "250 ok");
                }
            }
        }
        return null;
    }

    private static void answer(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
