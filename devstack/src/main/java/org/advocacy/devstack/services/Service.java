package org.advocacy.devstack.services;

import java.util.Map;

import org.advocacy.devstack.settings.Port;

/**
 * One instance of one of the platform's Spring Boot services as devstack runs it.
 *
 * @param module               the Maven module, which is also the jar's name
 * @param port                 the service's port setting; instance k listens a fixed step above it
 * @param instance             1 for the first (or only) instance
 * @param needsKeycloakToStart started only once Keycloak answers; none of the platform's services
 *                             needs it (each reads Keycloak's configuration at the first token or login)
 * @param environment          exactly the variables the service reads
 */
public record Service(String module, Port port, int instance, boolean needsKeycloakToStart,
                      Map<String, String> environment) {

    public Service(String module, Port port, boolean needsKeycloakToStart, Map<String, String> environment) {
        this(module, port, 1, needsKeycloakToStart, environment);
    }

    /** The name of its log, pid file and directory: {@code petition-service}, {@code petition-service-2}... */
    public String name() {
        return instance == 1 ? module : module + "-" + instance;
    }
}
