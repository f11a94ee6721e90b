package org.advocacy.messaging.deadletter;

import java.util.regex.Pattern;

/**
 * Why a message is a dead letter, fit to be stored, shown to staff and put on the dead-letter
 * topic: the exception's class and message, with anything that may name a person or open a door
 * (email addresses, long tokens) blotted out. No stack trace: a cause's message could carry both.
 */
public record DeadLetterReason(String exceptionClass, String message) {

    private static final int MAX_LENGTH = 500;
    private static final Pattern EMAIL = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    // Link tokens, keys and hashes: long runs of letters, digits and URL-safe signs.
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_+/=-]{24,}");
    // Message ids are kept: they name no one and lead staff to the record.
    private static final Pattern UUID_SHAPED = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

    public static DeadLetterReason of(Throwable failure) {
        Throwable reason = unwrapped(failure);
        String message = reason.getMessage() == null ? "" : reason.getMessage();
        message = TOKEN.matcher(EMAIL.matcher(message).replaceAll("[address]"))
                .replaceAll(m -> UUID_SHAPED.matcher(m.group()).matches() ? m.group() : "[token]");
        if (message.length() > MAX_LENGTH) {
            message = message.substring(0, MAX_LENGTH) + "…";
        }
        return new DeadLetterReason(reason.getClass().getName(), message);
    }

    // Spring Kafka wraps what the listener threw; the listener's own exception is the reason.
    private static Throwable unwrapped(Throwable failure) {
        Throwable reason = failure;
        while (reason.getCause() != null && reason.getClass().getName().startsWith("org.springframework.kafka.")) {
            reason = reason.getCause();
        }
        return reason;
    }
}
