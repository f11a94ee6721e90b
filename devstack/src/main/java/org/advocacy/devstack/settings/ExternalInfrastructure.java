package org.advocacy.devstack.settings;

import java.util.Map;
import java.util.Optional;

/**
 * Real infrastructure to use instead of the embedded parts: each variable that is set replaces
 * one part, which devstack then does not start.
 */
public record ExternalInfrastructure(
        Optional<String> mongodbUri,
        Optional<String> kafkaBootstrapServers,
        Optional<String> keycloakIssuerUri,
        Optional<String> smtpHost) {

    public static ExternalInfrastructure fromEnvironment(Map<String, String> environment) {
        return new ExternalInfrastructure(
                value(environment, "MONGODB_URI"),
                value(environment, "KAFKA_BOOTSTRAP_SERVERS"),
                value(environment, "KEYCLOAK_ISSUER_URI").map(uri -> uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri),
                value(environment, "SMTP_HOST"));
    }

    public static ExternalInfrastructure none() {
        return new ExternalInfrastructure(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static Optional<String> value(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
