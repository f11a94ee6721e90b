package org.advocacy.devstack.parts;

import java.util.Optional;

/**
 * Where the infrastructure answers, embedded or external: what the services are told.
 *
 * @param mailApi the mailbox API, only when devstack runs its own SMTP server
 */
public record Endpoints(
        String mongodbUri,
        String kafkaBootstrapServers,
        String keycloakIssuerUri,
        String smtpHost,
        int smtpPort,
        Optional<String> mailApi) {
}
