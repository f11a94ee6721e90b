package org.advocacy.devstack;

import java.nio.file.Path;

import org.advocacy.devstack.bench.SigningBenchmark;
import org.advocacy.devstack.console.Progress;
import org.advocacy.devstack.drill.Drills;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.InvalidSettingException;
import org.advocacy.devstack.settings.PortCheck;
import org.slf4j.LoggerFactory;

/** Entry point behind {@code ./platform}: {@code up}, {@code down}, {@code status}, {@code bench} or {@code drill}. */
public final class Devstack {

    private Devstack() {
    }

    public static void main(String[] args) throws InterruptedException {
        String command = args.length == 0 ? "up" : args[0];
        Progress progress = new Progress(System.out);
        DevstackSettings settings;
        try {
            settings = DevstackSettings.fromEnvironment(System.getenv(), Path.of(""));
        } catch (InvalidSettingException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = switch (command) {
            case "up" -> {
                logInto(settings);
                yield Up.run(settings, PortCheck.onThisMachine(), progress);
            }
            case "down" -> Down.run(settings, progress);
            case "status" -> Status.run(settings, progress);
            case "bench" -> bench(settings, java.util.Arrays.asList(args).subList(1, args.length));
            case "drill" -> Drills.command(settings, java.util.Arrays.asList(args).subList(1, args.length), System.out);
            default -> {
                System.err.println("Usage: devstack up|down|status|bench|drill");
                yield 2;
            }
        };
        System.exit(exitCode);
    }

    private static int bench(DevstackSettings settings, java.util.List<String> args) {
        try {
            return SigningBenchmark.run(settings, args, System.out);
        } catch (Exception e) {
            System.err.println("The benchmark failed: " + e.getMessage() + " (is the platform up? ./platform up)");
            return 1;
        }
    }

    /** Kafka and the MongoDB-protocol store run in this JVM: their logs go to files, the console stays for progress. */
    private static void logInto(DevstackSettings settings) {
        System.setProperty("devstack.logs", settings.logsDirectory().toString());
        System.setProperty("log4j2.configurationFile", "devstack-log4j2.xml");
        // Our own shutdown hook stops Kafka; keep logging alive until it has.
        System.setProperty("log4j2.shutdownHookEnabled", "false");
        // Before the parts start on several threads at once, which SLF4J would answer with a warning.
        LoggerFactory.getILoggerFactory();
    }
}
