package org.advocacy.notifications.webhook;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks for due deliveries every poll interval, on a thread of its own so that a slow partner
 * holds up no other work. Every instance runs it; leases keep them from sending one delivery twice.
 */
@Component
class DispatchSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

    private final Dispatching dispatching;
    private final WebhookProperties properties;
    private final Clock clock;
    private ScheduledExecutorService executor;

    DispatchSchedule(Dispatching dispatching, WebhookProperties properties, Clock clock) {
        this.dispatching = dispatching;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "webhook-dispatch");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::deliverDue, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void deliverDue() {
        try {
            // A full batch means more may wait: go on at once.
            while (dispatching.deliverDue(clock.instant()) > 0 && !Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait();
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries could not be looked for; trying again shortly: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
