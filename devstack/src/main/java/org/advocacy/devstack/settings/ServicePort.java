package org.advocacy.devstack.settings;

/**
 * A port devstack opens for one instance of a part: instance 1 on the part's own port, further
 * instances {@value Instances#PORT_STEP} apart.
 *
 * @param port     the part, its default and the variable that moves it
 * @param instance 1 for the first (or only) instance
 * @param number   the port number
 */
public record ServicePort(Port port, int instance, int number) {

    /** Who uses the port, e.g. {@code petition-service, instance 2}. */
    public String user() {
        return instance == 1 ? port.user() : port.user() + ", instance " + instance;
    }

    /** What moves the port: its own variable, which moves every instance of the part. */
    public String howToMove() {
        return instance == 1 ? port.variable()
                : port.variable() + " (instance " + instance + " listens on " + port.variable() + " + "
                        + Instances.PORT_STEP * (instance - 1) + ")";
    }
}
