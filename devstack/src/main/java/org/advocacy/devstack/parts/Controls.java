package org.advocacy.devstack.parts;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The parts of the running platform that can be stopped and started again, by name ({@code kafka}, {@code mongodb}, ...). */
public final class Controls {

    private final Map<String, Controllable> parts = new TreeMap<>();

    public synchronized void register(String name, Controllable part) {
        parts.put(name, part);
    }

    public synchronized Optional<Controllable> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    public synchronized java.util.Set<String> names() {
        return java.util.Set.copyOf(parts.keySet());
    }
}
