package org.advocacy.devstack.process;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * What devstack started, to be stopped on the way out: the services all at once (nothing depends
 * on them), then the infrastructure in reverse order of starting, Kafka last.
 */
public final class StartedParts {

    private final List<Part> services = new ArrayList<>();
    private final Deque<Part> infrastructure = new ArrayDeque<>();
    private boolean stopping;

    /** Registers infrastructure before it starts; once stopping began, refuses so that nothing starts late. */
    public synchronized void add(String name, Runnable stop) {
        refuseWhenStopping(name);
        infrastructure.push(new Part(name, stop));
    }

    /** Registers a service before it starts. */
    public synchronized void addService(String name, Runnable stop) {
        refuseWhenStopping(name);
        services.add(new Part(name, stop));
    }

    public synchronized boolean isEmpty() {
        return services.isEmpty() && infrastructure.isEmpty();
    }

    /** Stops everything; a failure to stop one part does not keep the others running. */
    public void stopAll(Consumer<String> report) {
        List<Part> servicesToStop;
        synchronized (this) {
            stopping = true;
            servicesToStop = new ArrayList<>(services);
            services.clear();
        }
        List<Thread> stoppers = servicesToStop.stream()
                .map(part -> new Thread(() -> stop(part, report), "stop-" + part.name()))
                .toList();
        stoppers.forEach(Thread::start);
        for (Thread thread : stoppers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Part part;
        while ((part = nextInfrastructure()) != null) {
            stop(part, report);
        }
    }

    private static void stop(Part part, Consumer<String> report) {
        try {
            part.stop().run();
            report.accept(part.name() + " stopped");
        } catch (RuntimeException e) {
            report.accept(part.name() + " did not stop cleanly: " + e.getMessage());
        }
    }

    private void refuseWhenStopping(String name) {
        if (stopping) {
            throw new IllegalStateException("devstack is stopping: " + name + " not started");
        }
    }

    private synchronized Part nextInfrastructure() {
        return infrastructure.poll();
    }

    private record Part(String name, Runnable stop) {
    }
}
