package org.advocacy.devstack.services;

import java.util.Map;

import org.advocacy.devstack.settings.Port;

/**
 * One of the platform's Spring Boot services as devstack runs it.
 *
 * @param module               the Maven module, which is also the jar's name and the log's name
 * @param needsKeycloakToStart the gateway reads Keycloak's OpenID configuration while it starts;
 *                             the other services only when the first token arrives
 * @param environment          exactly the variables the service reads
 */
public record Service(String module, Port port, boolean needsKeycloakToStart, Map<String, String> environment) {
}
