package org.advocacy.devstack.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.advocacy.devstack.parts.Endpoints;
import org.advocacy.devstack.services.PlatformServices;
import org.advocacy.devstack.services.Service;
import org.advocacy.devstack.settings.DevSecrets;
import org.advocacy.devstack.settings.DevstackSettings;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void printsEveryInstancesAddressAndLog() {
        DevstackSettings settings = DevstackSettings.fromEnvironment(
                Map.of("PETITION_INSTANCES", "2", "GATEWAY_INSTANCES", "2"), Path.of("/checkout"));
        Endpoints endpoints = new Endpoints("mongodb://127.0.0.1:27017", "127.0.0.1:9092",
                "http://localhost:8180/realms/advocacy", "127.0.0.1", 2525, Optional.empty());
        List<Service> services = PlatformServices.of(settings, endpoints, new DevSecrets("s", "a2V5", "p", "c2VhbA==", "form-key-of-at-least-32-characters", "cnN2cA==", "ZGF0YQ=="));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new Summary(settings, endpoints, new Progress(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .print(services, Map.of(), List.of(), List.of());

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Web front         http://localhost:8080/")
                .contains("Gateway instances http://localhost:8080/  http://localhost:8090/")
                .containsPattern("petition-service +http://localhost:8082/swagger-ui/index.html")
                .containsPattern("petition-service-2 +http://localhost:8092/swagger-ui/index.html")
                .containsPattern("events-service +http://localhost:8081/swagger-ui/index.html")
                .containsPattern("gateway-2 +/checkout/.devstack/logs/gateway-2.log")
                .containsPattern("petition-service-2 +/checkout/.devstack/logs/petition-service-2.log")
                .contains("(0 of 7 service instances ready)");
    }
}
