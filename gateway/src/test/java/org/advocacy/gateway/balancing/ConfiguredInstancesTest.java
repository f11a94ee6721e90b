package org.advocacy.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class ConfiguredInstancesTest {

    private final ConfiguredInstances discovery = new ConfiguredInstances(Map.of(
            "petition-service", List.of(URI.create("http://127.0.0.1:8082"), URI.create("http://127.0.0.1:8092")),
            "cases-service", List.of(URI.create("https://cases.internal"))));

    @Test
    void eachConfiguredAddressIsOneInstanceOfItsService() {
        List<ServiceInstance> petitions = discovery.getInstances("petition-service").collectList().block();

        assertThat(petitions).extracting(ServiceInstance::getInstanceId).containsExactly("petition-service-1", "petition-service-2");
        assertThat(petitions).extracting(ServiceInstance::getPort).containsExactly(8082, 8092);
        assertThat(petitions).extracting(i -> i.getUri().toString()).containsExactly("http://127.0.0.1:8082", "http://127.0.0.1:8092");
        assertThat(discovery.getServices().collectList().block()).containsExactlyInAnyOrder("petition-service", "cases-service");
    }

    @Test
    void anAddressWithoutPortUsesItsSchemesAndNamesTheScheme() {
        ServiceInstance cases = discovery.getInstances("cases-service").blockFirst();

        assertThat(cases.getPort()).isEqualTo(443);
        assertThat(cases.isSecure()).isTrue();
        assertThat(cases.getScheme()).isEqualTo("https");
    }

    @Test
    void anUnknownServiceHasNoInstances() {
        assertThat(discovery.getInstances("unknown-service").collectList().block()).isEmpty();
    }
}
