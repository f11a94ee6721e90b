package org.advocacy.devstack.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How many instances of each service devstack starts: {@code EVENTS_INSTANCES},
 * {@code PETITION_INSTANCES}, {@code CASES_INSTANCES}, {@code NOTIFICATIONS_INSTANCES},
 * {@code GATEWAY_INSTANCES}; one each by default. Instance k listens on the service's port plus
 * {@value #PORT_STEP}·(k−1): petition-service on 8082, 8092, 8102...
 */
public final class Instances {

    public static final int PORT_STEP = 10;
    /** Nine keep every instance's port below the next part's ports (Keycloak's 8180 above the gateway's 8080). */
    static final int MAX = 9;
    static final List<Port> SERVICES = List.of(Port.GATEWAY, Port.EVENTS_SERVICE, Port.PETITION_SERVICE,
            Port.CASES_SERVICE, Port.NOTIFICATIONS_SERVICE);

    private final Map<Port, Integer> counts;

    private Instances(Map<Port, Integer> counts) {
        this.counts = counts;
    }

    public static Instances fromEnvironment(Map<String, String> environment) {
        Map<Port, Integer> counts = new EnumMap<>(Port.class);
        for (Port service : SERVICES) {
            String value = environment.get(variable(service));
            counts.put(service, value == null || value.isBlank() ? 1 : parse(service, value.strip()));
        }
        return new Instances(counts);
    }

    /** How many instances of the service on this port; one for anything that is not a service. */
    public int of(Port service) {
        return counts.getOrDefault(service.instancesOf(), 1);
    }

    /** The variable that sets a service's count, e.g. {@code PETITION_INSTANCES} beside {@code PETITION_PORT}. */
    public static String variable(Port service) {
        return service.variable().replace("_PORT", "_INSTANCES");
    }

    private static int parse(Port service, String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 1 && count <= MAX) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(variable(service) + " must be a number from 1 to " + MAX + ", but is '" + value + "'");
    }
}
