package org.advocacy.messaging.deadletter;

/** Headers a dead letter carries on the dead-letter topic beside Spring Kafka's own. */
public final class DeadLetterHeaders {

    /** The failure class: {@code UNHANDLEABLE}, {@code OUTAGE} (lasted past the limit) or {@code BUG}. */
    public static final String FAILURE = "advocacy_dlt-failure";

    private DeadLetterHeaders() {
    }
}
