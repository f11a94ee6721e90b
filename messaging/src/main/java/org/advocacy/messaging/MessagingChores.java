package org.advocacy.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ConcurrentTaskScheduler;

/**
 * One small thread for the mechanics' own timers: resuming a listener paused for a back-off, the
 * purge of old handled ids, recounting dead letters. Kept apart from a service's task scheduler,
 * so that it neither replaces the one Spring Boot would make nor waits behind a service's jobs.
 */
public class MessagingChores implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MessagingChores.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "messaging-chores");
        thread.setDaemon(true);
        return thread;
    });
    private final TaskScheduler scheduler = new ConcurrentTaskScheduler(executor);

    public TaskScheduler scheduler() {
        return scheduler;
    }

    /** Runs the chore now and then every interval; a failure is logged and the chore runs again. */
    public void every(Duration interval, String name, Runnable chore) {
        executor.scheduleWithFixedDelay(() -> {
            try {
                chore.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; it runs again in {}: {}", name, interval, e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
