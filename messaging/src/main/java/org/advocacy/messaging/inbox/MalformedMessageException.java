package org.advocacy.messaging.inbox;

/** A message that no retry can make readable: it goes straight to the dead-letter topic. */
public class MalformedMessageException extends RuntimeException {

    public MalformedMessageException(String message) {
        super(message);
    }

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
