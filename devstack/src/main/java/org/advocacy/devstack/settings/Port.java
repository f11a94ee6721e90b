package org.advocacy.devstack.settings;

/** Every port devstack opens: who uses it, its default, and the environment variable that moves it. */
public enum Port {
    GATEWAY("gateway", "GATEWAY_PORT", 8080),
    /** The gateway's actuator (metrics, probes), kept off its public port and bound to loopback. */
    GATEWAY_MANAGEMENT("gateway's metrics and probes", "GATEWAY_MANAGEMENT_PORT", 9080),
    EVENTS_SERVICE("events-service", "EVENTS_PORT", 8081),
    PETITION_SERVICE("petition-service", "PETITION_PORT", 8082),
    CASES_SERVICE("cases-service", "CASES_PORT", 8083),
    NOTIFICATIONS_SERVICE("notifications-service", "NOTIFICATIONS_PORT", 8084),
    KEYCLOAK("Keycloak", "KEYCLOAK_PORT", 8180),
    MAIL_API("mailbox API", "MAIL_API_PORT", 8025),
    SMTP("SMTP", "SMTP_PORT", 2525),
    MONGODB("MongoDB", "MONGODB_PORT", 27017),
    KAFKA("Kafka", "KAFKA_PORT", 9092),
    KAFKA_CONTROLLER("Kafka controller", "KAFKA_CONTROLLER_PORT", 9093);

    private final String user;
    private final String variable;
    private final int defaultPort;

    Port(String user, String variable, int defaultPort) {
        this.user = user;
        this.variable = variable;
        this.defaultPort = defaultPort;
    }

    public String user() {
        return user;
    }

    public String variable() {
        return variable;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Where a service's actuator answers: the gateway's on a port of its own, the others' beside their API. */
    public Port management() {
        return this == GATEWAY ? GATEWAY_MANAGEMENT : this;
    }

    /** The service whose instances open this port, one each: the gateway's management port follows the gateway. */
    public Port instancesOf() {
        return this == GATEWAY_MANAGEMENT ? GATEWAY : this;
    }
}
