package org.advocacy.devstack.settings;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Finds a port that is taken before anything starts, so a conflict leaves nothing running. */
public final class PortCheck {

    private final IntPredicate inUse;

    public PortCheck(IntPredicate inUse) {
        this.inUse = inUse;
    }

    public static PortCheck onThisMachine() {
        return new PortCheck(PortCheck::isInUse);
    }

    /** The message for the first port already in use, or nothing when all are free. */
    public Optional<String> firstConflict(List<Port> ports, Ports numbers) {
        return ports.stream()
                .filter(port -> inUse.test(numbers.of(port)))
                .findFirst()
                .map(port -> conflictMessage(port, numbers.of(port)));
    }

    /**
     * The message for the first port wanted twice (two settings that put parts on one port) or
     * already in use, or nothing when all are free.
     */
    public Optional<String> firstConflict(List<ServicePort> ports) {
        Map<Integer, ServicePort> wanted = new HashMap<>();
        for (ServicePort port : ports) {
            ServicePort other = wanted.putIfAbsent(port.number(), port);
            if (other != null) {
                return Optional.of("Port " + port.number() + " is wanted by " + other.user() + " and by " + port.user()
                        + ": move one of them with " + other.howToMove() + " or " + port.howToMove());
            }
        }
        return ports.stream().filter(port -> inUse.test(port.number())).findFirst().map(port -> port.instance() == 1
                ? conflictMessage(port.port(), port.number())
                : "Port " + port.number() + " (" + port.user() + ") is already in use: stop what uses it, or move it with "
                        + port.howToMove() + ", e.g. " + port.port().variable() + "=" + (port.port().defaultPort() + 10000)
                        + " ./platform up");
    }

    static String conflictMessage(Port port, int number) {
        return "Port " + number + " (" + port.user() + ") is already in use: stop what uses it, or set "
                + port.variable() + " to a free port, e.g. " + port.variable() + "=" + (number + 10000) + " ./platform up";
    }

    /** Taken if something accepts connections on loopback, or the port cannot be bound on all interfaces. */
    static boolean isInUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException notListening) {
            // nobody answers on loopback; still try to bind
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
