package org.advocacy.devstack.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything devstack reads from its environment, read in this one place.
 *
 * @param home              the checkout: holds {@code keycloak/} and each module's {@code target/} jar
 * @param dataDirectory     where data, logs, secrets and process ids are kept ({@code DEVSTACK_DATA_DIR})
 * @param gatewayClientSecret and {@code supporterDataKey}, {@code platformAdminClientSecret},
 *                          {@code signatureRequestKey}: given ones win over the generated ones
 * @param serviceJavaOptions JVM options for each service process ({@code SERVICE_JAVA_OPTS})
 * @param classArchives     whether each service writes a class-data archive at its first stop and
 *                          starts from it afterwards ({@code SERVICE_CLASS_ARCHIVES}, default true)
 * @param instances         how many instances of each service ({@code PETITION_INSTANCES}...)
 */
public record DevstackSettings(
        Path home,
        Path dataDirectory,
        Ports ports,
        ExternalInfrastructure external,
        Optional<String> gatewayClientSecret,
        Optional<String> supporterDataKey,
        Optional<String> platformAdminClientSecret,
        Optional<String> signatureRequestKey,
        String mailFrom,
        List<String> serviceJavaOptions,
        boolean classArchives,
        Instances instances) {

    public static final String REALM = "advocacy";
    static final String DEFAULT_SERVICE_JAVA_OPTIONS = "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=5000";

    public static DevstackSettings fromEnvironment(Map<String, String> environment, Path workingDirectory) {
        Path home = ExternalInfrastructure.value(environment, "PLATFORM_HOME")
                .map(workingDirectory::resolve).orElse(workingDirectory).toAbsolutePath().normalize();
        Path dataDirectory = ExternalInfrastructure.value(environment, "DEVSTACK_DATA_DIR")
                .map(workingDirectory::resolve).orElse(home.resolve(".devstack")).toAbsolutePath().normalize();
        return new DevstackSettings(
                home,
                dataDirectory,
                Ports.fromEnvironment(environment),
                ExternalInfrastructure.fromEnvironment(environment),
                ExternalInfrastructure.value(environment, "GATEWAY_CLIENT_SECRET"),
                ExternalInfrastructure.value(environment, "SUPPORTER_DATA_KEY"),
                ExternalInfrastructure.value(environment, "PLATFORM_ADMIN_CLIENT_SECRET"),
                ExternalInfrastructure.value(environment, "SIGNATURE_REQUEST_KEY"),
                ExternalInfrastructure.value(environment, "MAIL_FROM").orElse("campaigns@advocacy.localhost"),
                List.of(ExternalInfrastructure.value(environment, "SERVICE_JAVA_OPTS")
                        .orElse(DEFAULT_SERVICE_JAVA_OPTIONS).split("\\s+")),
                !ExternalInfrastructure.value(environment, "SERVICE_CLASS_ARCHIVES").orElse("true").equalsIgnoreCase("false"),
                Instances.fromEnvironment(environment));
    }

    public int port(Port port) {
        return ports.of(port);
    }

    /** The port of one instance of a service: its own port for the first, {@link Instances#PORT_STEP} apart after. */
    public int port(Port port, int instance) {
        return ports.of(port) + Instances.PORT_STEP * (instance - 1);
    }

    /** Every port devstack itself opens, one per instance of each service. */
    public List<ServicePort> servicePortsToOpen() {
        List<ServicePort> open = new ArrayList<>();
        for (Port port : portsToOpen()) {
            for (int instance = 1; instance <= instances.of(port); instance++) {
                open.add(new ServicePort(port, instance, port(port, instance)));
            }
        }
        return open;
    }

    /** The ports devstack itself opens: the external parts' ports are someone else's. */
    public List<Port> portsToOpen() {
        List<Port> open = new ArrayList<>(List.of(Port.GATEWAY, Port.GATEWAY_MANAGEMENT, Port.EVENTS_SERVICE,
                Port.PETITION_SERVICE, Port.CASES_SERVICE, Port.NOTIFICATIONS_SERVICE));
        if (external.keycloakIssuerUri().isEmpty()) {
            open.add(Port.KEYCLOAK);
        }
        if (external.smtpHost().isEmpty()) {
            open.addAll(List.of(Port.SMTP, Port.MAIL_API));
        }
        if (external.mongodbUri().isEmpty()) {
            open.add(Port.MONGODB);
        }
        if (external.kafkaBootstrapServers().isEmpty()) {
            open.addAll(List.of(Port.KAFKA, Port.KAFKA_CONTROLLER));
        }
        return open;
    }

    /** The address a browser uses for the web front; Keycloak's redirect URIs are built from it. */
    public String gatewayPublicUrl() {
        return "http://localhost:" + port(Port.GATEWAY);
    }

    public Path logsDirectory() {
        return dataDirectory.resolve("logs");
    }

    public Path buildOutput(String module) {
        return home.resolve(module).resolve("target");
    }
}
