package org.advocacy.devstack.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.junit.jupiter.api.Test;

/** The environment each service process gets: the contract between devstack and the services. */
class PlatformServicesTest {

    private final DevstackSettings settings = DevstackSettings.fromEnvironment(
            Map.of("GATEWAY_PORT", "18080", "CASES_PORT", "18083"), Path.of("/checkout"));
    private final Endpoints endpoints = new Endpoints("mongodb://127.0.0.1:27017", "127.0.0.1:9092",
            "http://localhost:8180/realms/advocacy", "127.0.0.1", 2525, Optional.of("http://127.0.0.1:8025/"));
    private final List<Service> services = PlatformServices.of(settings, endpoints, new DevSecrets("client-secret", "a2V5", "admin-client-secret", "c2VhbA==", "form-key-of-at-least-32-characters", "cnN2cA==", "ZGF0YQ=="));

    @Test
    void everyServiceGetsItsPortAndTheInfrastructure() {
        assertThat(services).extracting(Service::module).containsExactly(
                "events-service", "petition-service", "cases-service", "notifications-service", "gateway");
        for (Service service : services) {
            assertThat(service.environment()).containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017")
                    .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
                    .containsEntry("KEYCLOAK_ISSUER_URI", "http://localhost:8180/realms/advocacy")
                    .containsEntry("SERVER_PORT", Integer.toString(settings.port(service.port())));
        }
        assertThat(services).extracting(Service::name).doesNotHaveDuplicates();
    }

    @Test
    void extraInstancesGetTheirOwnPortsNamesAndTheGatewaysKnowThemAll() {
        DevstackSettings scaled = DevstackSettings.fromEnvironment(
                Map.of("PETITION_INSTANCES", "3", "GATEWAY_INSTANCES", "2", "PETITION_PORT", "18082"), Path.of("/checkout"));
        List<Service> all = PlatformServices.of(scaled, endpoints, new DevSecrets("client-secret", "a2V5", "admin-client-secret", "c2VhbA==", "form-key-of-at-least-32-characters", "cnN2cA==", "ZGF0YQ=="));

        assertThat(all).extracting(Service::name).containsExactly("events-service", "petition-service",
                "petition-service-2", "petition-service-3", "cases-service", "notifications-service", "gateway", "gateway-2");
        assertThat(all).filteredOn(s -> s.module().equals("petition-service"))
                .extracting(s -> s.environment().get("SERVER_PORT")).containsExactly("18082", "18092", "18102");
        assertThat(all).filteredOn(s -> s.module().equals("petition-service"))
                .allSatisfy(s -> assertThat(s.environment()).containsEntry("SUPPORTER_DATA_KEY", "a2V5"));
        assertThat(all).filteredOn(s -> s.module().equals("gateway")).hasSize(2).allSatisfy(gateway -> assertThat(gateway.environment())
                .containsEntry("PETITION_SERVICE_URIS", "http://127.0.0.1:18082,http://127.0.0.1:18092,http://127.0.0.1:18102")
                .containsEntry("EVENTS_SERVICE_URIS", "http://127.0.0.1:8081")
                // one public address for both: Keycloak sends every login back there, the session is shared
                .containsEntry("GATEWAY_PUBLIC_URL", "http://localhost:8080")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017"));
        assertThat(all).filteredOn(s -> s.module().equals("gateway"))
                .extracting(s -> s.environment().get("SERVER_PORT")).containsExactly("8080", "8090");
        // Each gateway's metrics and probes on a port of its own, on loopback alone.
        assertThat(all).filteredOn(s -> s.module().equals("gateway"))
                .extracting(s -> s.environment().get("MANAGEMENT_PORT")).containsExactly("9080", "9090");
        assertThat(all).filteredOn(s -> s.module().equals("gateway"))
                .allSatisfy(gateway -> assertThat(gateway.environment()).containsEntry("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1"));
        assertThat(all).filteredOn(s -> !s.module().equals("gateway"))
                .allSatisfy(service -> assertThat(service.environment()).doesNotContainKey("MANAGEMENT_PORT"));
    }

    @Test
    void theGatewayFindsEachServiceAndKnowsItsSecretAndPublicAddress() {
        Map<String, String> gateway = service("gateway").environment();

        assertThat(gateway).containsEntry("SERVER_PORT", "18080")
                .containsEntry("EVENTS_SERVICE_URIS", "http://127.0.0.1:8081")
                .containsEntry("PETITION_SERVICE_URIS", "http://127.0.0.1:8082")
                .containsEntry("CASES_SERVICE_URIS", "http://127.0.0.1:18083")
                .containsEntry("NOTIFICATIONS_SERVICE_URIS", "http://127.0.0.1:8084")
                .containsEntry("GATEWAY_CLIENT_SECRET", "client-secret")
                .containsEntry("GATEWAY_PUBLIC_URL", "http://localhost:18080");
        // It starts beside Keycloak: it reads Keycloak's configuration at the first login.
        assertThat(service("gateway").needsKeycloakToStart()).isFalse();
    }

    @Test
    void onlyTheServicesThatNeedThemGetMailAndSupporterSettings() {
        assertThat(service("notifications-service").environment()).containsEntry("SMTP_HOST", "127.0.0.1")
                .containsEntry("SMTP_PORT", "2525").containsKey("MAIL_FROM")
                .containsEntry("PUBLIC_BASE_URL", "http://localhost:18080")
                .containsEntry("PLATFORM_ADMIN_CLIENT_SECRET", "admin-client-secret")
                .containsEntry("SIGNATURE_REQUEST_KEY", "c2VhbA==")
                .containsEntry("RSVP_REQUEST_KEY", "cnN2cA==")
                .containsEntry("NOTIFICATIONS_DATA_KEY", "ZGF0YQ==")
                .doesNotContainKey("SUPPORTER_DATA_KEY");
        assertThat(service("petition-service").environment()).containsEntry("SUPPORTER_DATA_KEY", "a2V5")
                .containsEntry("SIGNATURE_REQUEST_KEY", "c2VhbA==")
                .doesNotContainKeys("SMTP_HOST", "PLATFORM_ADMIN_CLIENT_SECRET");
        assertThat(service("events-service").environment()).containsEntry("SUPPORTER_DATA_KEY", "a2V5")
                .containsEntry("RSVP_REQUEST_KEY", "cnN2cA==")
                .containsEntry("PUBLIC_BASE_URL", "http://localhost:18080")
                .doesNotContainKeys("SMTP_HOST", "GATEWAY_CLIENT_SECRET", "PLATFORM_ADMIN_CLIENT_SECRET", "SIGNATURE_REQUEST_KEY",
                        "NOTIFICATIONS_DATA_KEY");
        assertThat(service("gateway").environment()).doesNotContainKeys("SIGNATURE_REQUEST_KEY", "RSVP_REQUEST_KEY",
                "NOTIFICATIONS_DATA_KEY");
    }

    private Service service(String module) {
        return services.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
    }
}
