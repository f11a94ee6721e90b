package org.advocacy.devstack.services;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/**
 * The five services, each in as many instances as asked, and the environment each instance gets:
 * the contract between devstack and them.
 */
public final class PlatformServices {

    private PlatformServices() {
    }

    public static List<Service> of(DevstackSettings settings, Endpoints endpoints, DevSecrets secrets) {
        List<Service> services = new ArrayList<>();
        services.addAll(instances("events-service", Port.EVENTS_SERVICE, false, settings, endpoints, Map.of(
                "SUPPORTER_DATA_KEY", secrets.supporterDataKey(),
                // Seals RSVP messages for notifications-service, the only other holder.
                "RSVP_REQUEST_KEY", secrets.rsvpRequestKey(),
                "PUBLIC_BASE_URL", settings.gatewayPublicUrl())));
        services.addAll(instances("petition-service", Port.PETITION_SERVICE, false, settings, endpoints, Map.of(
                "SUPPORTER_DATA_KEY", secrets.supporterDataKey(),
                "SIGNATURE_REQUEST_KEY", secrets.signatureRequestKey())));
        services.addAll(instances("cases-service", Port.CASES_SERVICE, false, settings, endpoints, Map.of()));
        services.addAll(instances("notifications-service", Port.NOTIFICATIONS_SERVICE, false, settings, endpoints, Map.of(
                "SMTP_HOST", endpoints.smtpHost(),
                "SMTP_PORT", Integer.toString(endpoints.smtpPort()),
                "MAIL_FROM", settings.mailFrom(),
                // Links in emails lead to the gateway's pages.
                "PUBLIC_BASE_URL", settings.gatewayPublicUrl(),
                "PLATFORM_ADMIN_CLIENT_SECRET", secrets.platformAdminClientSecret(),
                // Partners' test receivers on a developer's machine listen on loopback.
                "WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true",
                // Opens the sealed part of the petition service's confirmation requests.
                "SIGNATURE_REQUEST_KEY", secrets.signatureRequestKey(),
                "RSVP_REQUEST_KEY", secrets.rsvpRequestKey(),
                "NOTIFICATIONS_DATA_KEY", secrets.notificationsDataKey())));
        // The gateway reads Keycloak's configuration at the first login, not at start: it starts beside
        // Keycloak rather than after it, which takes its whole start off the platform's.
        services.addAll(instances("gateway", Port.GATEWAY, false, settings, endpoints, Map.of(
                // Every instance of each service; the gateway balances over those that answer.
                "EVENTS_SERVICE_URIS", local(settings, Port.EVENTS_SERVICE),
                "PETITION_SERVICE_URIS", local(settings, Port.PETITION_SERVICE),
                "CASES_SERVICE_URIS", local(settings, Port.CASES_SERVICE),
                "NOTIFICATIONS_SERVICE_URIS", local(settings, Port.NOTIFICATIONS_SERVICE),
                "GATEWAY_CLIENT_SECRET", secrets.gatewayClientSecret(),
                // The same for every instance: a form one serves, another accepts.
                "WEB_FORM_KEY", secrets.webFormKey(),
                // Login redirects and links, the same for every instance (they share sessions);
                // follows GATEWAY_PORT.
                "GATEWAY_PUBLIC_URL", settings.gatewayPublicUrl()),
                // Metrics and probes on a port of their own, reachable from this machine alone.
                instance -> Map.of("MANAGEMENT_PORT", Integer.toString(settings.port(Port.GATEWAY_MANAGEMENT, instance)),
                        "MANAGEMENT_SERVER_ADDRESS", "127.0.0.1")));
        return services;
    }

    private static List<Service> instances(String module, Port port, boolean needsKeycloak, DevstackSettings settings,
                                           Endpoints endpoints, Map<String, String> own) {
        return instances(module, port, needsKeycloak, settings, endpoints, own, instance -> Map.of());
    }

    /** @param ownPerInstance what differs between one instance and the next besides the server port */
    private static List<Service> instances(String module, Port port, boolean needsKeycloak, DevstackSettings settings,
                                           Endpoints endpoints, Map<String, String> own,
                                           IntFunction<Map<String, String>> ownPerInstance) {
        return IntStream.rangeClosed(1, settings.instances().of(port))
                .mapToObj(instance -> new Service(module, port, instance, needsKeycloak,
                        environment(settings.port(port, instance), endpoints, own, ownPerInstance.apply(instance))))
                .toList();
    }

    private static Map<String, String> environment(int serverPort, Endpoints endpoints, Map<String, String> own,
                                                   Map<String, String> ownPerInstance) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(serverPort));
        environment.put("MONGODB_URI", endpoints.mongodbUri());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
        environment.put("KEYCLOAK_ISSUER_URI", endpoints.keycloakIssuerUri());
        environment.putAll(own);
        environment.putAll(ownPerInstance);
        return environment;
    }

    /** Where each instance of a service answers, comma-separated. */
    private static String local(DevstackSettings settings, Port port) {
        return IntStream.rangeClosed(1, settings.instances().of(port))
                .mapToObj(instance -> "http://127.0.0.1:" + settings.port(port, instance))
                .collect(Collectors.joining(","));
    }
}
