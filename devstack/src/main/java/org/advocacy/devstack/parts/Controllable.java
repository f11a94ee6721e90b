package org.advocacy.devstack.parts;

/**
 * A part of the running platform that a drill may take away and bring back: the broker, the store,
 * the SMTP server, a service. {@code start} returns once the part answers again.
 */
public interface Controllable {

    void stop();

    void start() throws InterruptedException;

    /** Gone without a chance to clean up (SIGKILL for a process); for a part in this JVM the same as {@link #stop}. */
    default void kill() {
        stop();
    }
}
