package org.advocacy.devstack.services;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.advocacy.devstack.settings.Port;

/** The five services and the environment each one gets: the contract between devstack and them. */
public final class PlatformServices {

    private PlatformServices() {
    }

    public static List<Service> of(DevstackSettings settings, Endpoints endpoints, DevSecrets secrets) {
        return List.of(
                service("events-service", Port.EVENTS_SERVICE, settings, endpoints, Map.of(
                        "SUPPORTER_DATA_KEY", secrets.supporterDataKey(),
                        // On a developer's machine one sealing key serves signatures and RSVPs; each box is
                        // bound to its own message ("rsvp:" + id), so none opens as the other. Compose keeps two.
                        "RSVP_REQUEST_KEY", secrets.signatureRequestKey(),
                        "PUBLIC_BASE_URL", settings.gatewayPublicUrl())),
                service("petition-service", Port.PETITION_SERVICE, settings, endpoints, Map.of(
                        "SUPPORTER_DATA_KEY", secrets.supporterDataKey(),
                        "SIGNATURE_REQUEST_KEY", secrets.signatureRequestKey())),
                service("cases-service", Port.CASES_SERVICE, settings, endpoints, Map.of()),
                service("notifications-service", Port.NOTIFICATIONS_SERVICE, settings, endpoints, Map.of(
                        "SMTP_HOST", endpoints.smtpHost(),
                        "SMTP_PORT", Integer.toString(endpoints.smtpPort()),
                        "MAIL_FROM", settings.mailFrom(),
                        // Links in emails lead to the gateway's pages.
                        "PUBLIC_BASE_URL", settings.gatewayPublicUrl(),
                        "PLATFORM_ADMIN_CLIENT_SECRET", secrets.platformAdminClientSecret(),
                        // Opens the sealed part of the petition service's confirmation requests.
                        "SIGNATURE_REQUEST_KEY", secrets.signatureRequestKey())),
                new Service("gateway", Port.GATEWAY, true, environment(Port.GATEWAY, settings, endpoints, Map.of(
                        "EVENTS_SERVICE_URI", local(settings, Port.EVENTS_SERVICE),
                        "PETITION_SERVICE_URI", local(settings, Port.PETITION_SERVICE),
                        "CASES_SERVICE_URI", local(settings, Port.CASES_SERVICE),
                        "NOTIFICATIONS_SERVICE_URI", local(settings, Port.NOTIFICATIONS_SERVICE),
                        "GATEWAY_CLIENT_SECRET", secrets.gatewayClientSecret(),
                        // Login redirects and links; follows GATEWAY_PORT.
                        "GATEWAY_PUBLIC_URL", settings.gatewayPublicUrl()))));
    }

    private static Service service(String module, Port port, DevstackSettings settings, Endpoints endpoints,
                                   Map<String, String> own) {
        return new Service(module, port, false, environment(port, settings, endpoints, own));
    }

    private static Map<String, String> environment(Port port, DevstackSettings settings, Endpoints endpoints,
                                                   Map<String, String> own) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(settings.port(port)));
        environment.put("MONGODB_URI", endpoints.mongodbUri());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
        environment.put("KEYCLOAK_ISSUER_URI", endpoints.keycloakIssuerUri());
        environment.putAll(own);
        return environment;
    }

    private static String local(DevstackSettings settings, Port port) {
        return "http://127.0.0.1:" + settings.port(port);
    }
}
