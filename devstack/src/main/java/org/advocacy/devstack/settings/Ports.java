package org.advocacy.devstack.settings;

import java.util.EnumMap;
import java.util.Map;

/** The port number of each {@link Port}, defaults overridden by environment variables. */
public final class Ports {

    private final Map<Port, Integer> numbers;

    private Ports(Map<Port, Integer> numbers) {
        this.numbers = numbers;
    }

    public static Ports fromEnvironment(Map<String, String> environment) {
        Map<Port, Integer> numbers = new EnumMap<>(Port.class);
        for (Port port : Port.values()) {
            String value = environment.get(port.variable());
            numbers.put(port, value == null || value.isBlank() ? port.defaultPort() : parse(port, value.strip()));
        }
        return new Ports(numbers);
    }

    public static Ports defaults() {
        return fromEnvironment(Map.of());
    }

    public int of(Port port) {
        return numbers.get(port);
    }

    /** A copy with one port changed, e.g. for tests. */
    public Ports with(Port port, int number) {
        Map<Port, Integer> changed = new EnumMap<>(numbers);
        changed.put(port, number);
        return new Ports(changed);
    }

    private static int parse(Port port, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidSettingException(port.variable() + " must be a port number (1-65535), but is '" + value + "'");
    }
}
