package org.advocacy.devstack.drill;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.advocacy.devstack.process.RecordedProcess;
import org.advocacy.devstack.process.RunDirectory;
import org.advocacy.devstack.settings.DevstackSettings;

/** {@code ./platform drill NAME}: runs one fault drill against the running platform and prints its figures and verdict. */
public final class Drills {

    private final List<Drill> all;
    private final DevstackSettings settings;

    public Drills(DevstackSettings settings) {
        this.settings = settings;
        this.all = List.of(new SmtpOutage(), new NotificationsKill(), new KafkaOutage(), new MongoRestart(),
                new TwoInstances(this::instances));
    }

    public List<String> names() {
        return all.stream().map(Drill::name).toList();
    }

    /** Runs the drill; its figures carry the verdict. */
    public Figures run(String name, PrintStream out) throws Exception {
        Drill drill = find(name).orElseThrow(() -> new IllegalArgumentException(
                "no drill " + name + "; there are: " + String.join(", ", names())));
        out.println("drill " + name + " against the platform with data in " + settings.dataDirectory());
        return drill.run(new DrilledPlatform(settings, out));
    }

    /** The command: exit code 0 when the drill passed, 1 when it failed, 2 for a wrong name. */
    public static int command(DevstackSettings settings, List<String> args, PrintStream out) {
        Drills drills = new Drills(settings);
        if (args.isEmpty() || drills.find(args.get(0)).isEmpty()) {
            out.println("Usage: ./platform drill NAME, one of: " + String.join(", ", drills.names()));
            return 2;
        }
        try {
            Figures figures = drills.run(args.get(0), out);
            figures.print(out);
            return figures.passed() ? 0 : 1;
        } catch (Exception e) {
            out.println("The drill could not run: " + e.getMessage());
            return 1;
        }
    }

    private Optional<Drill> find(String name) {
        return all.stream().filter(drill -> drill.name().equals(name)).findFirst();
    }

    /** Instances are recorded as {@code <module>} or {@code <module>-<n>}. */
    private int instances(String module) {
        return (int) new RunDirectory(settings.dataDirectory()).recorded().stream()
                .filter(p -> p.name().equals(module) || p.name().matches(java.util.regex.Pattern.quote(module) + "-\\d+"))
                .map(RecordedProcess::live).filter(Optional::isPresent).count();
    }
}
