package org.advocacy.messaging.inbox;

/**
 * Handling failed because something the handler needs is down (a mail server, a partner's endpoint,
 * Keycloak): the message itself is fine. It is tried again with a growing pause for as long as the
 * outage may last, never parked on the dead-letter topic for it.
 */
public class DependencyUnavailableException extends RuntimeException {

    public DependencyUnavailableException(String message) {
        super(message);
    }

    public DependencyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
