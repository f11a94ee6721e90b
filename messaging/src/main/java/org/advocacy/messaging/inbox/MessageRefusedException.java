package org.advocacy.messaging.inbox;

/**
 * The message is readable but refused for a reason no retry changes (it names something that does
 * not exist, or breaks a rule): it goes to the dead-letter topic at once, with this reason.
 */
public class MessageRefusedException extends RuntimeException {

    public MessageRefusedException(String message) {
        super(message);
    }
}
