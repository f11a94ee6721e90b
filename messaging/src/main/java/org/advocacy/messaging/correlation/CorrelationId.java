package org.advocacy.messaging.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/**
 * The id that follows one request of a user from the gateway through every service and message
 * it causes. It lives in the logging context ({@code %X{correlationId}} in every log line).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";

    // A caller's id is kept only if it is plainly an id: nothing that could forge a log line.
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** The given id if well formed, else a new one. */
    public static String acceptOrCreate(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** Puts the id into the logging context until the returned scope is closed. */
    public static Scope open(String id) {
        String previous = MDC.get(MDC_KEY);
        if (id == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, id);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private CorrelationId() {
    }
}
