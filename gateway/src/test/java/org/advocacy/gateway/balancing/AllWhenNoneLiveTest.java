package org.advocacy.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

class AllWhenNoneLiveTest {

    private final ServiceInstance first = new DefaultServiceInstance("petition-service-1", "petition-service", "127.0.0.1", 8082, false);
    private final ServiceInstance second = new DefaultServiceInstance("petition-service-2", "petition-service", "127.0.0.1", 8092, false);

    @Test
    void theInstancesThatAnsweredTheirProbeAreTheOnesUsed() {
        var instances = new AllWhenNoneLive(supplier(List.of(second)), supplier(List.of(first, second)));
        assertThat(instances.get().blockFirst()).containsExactly(second);
        assertThat(instances.getServiceId()).isEqualTo("petition-service");
    }

    @Test
    void whenNoInstanceAnsweredItsProbeEveryConfiguredOneIsTried() {
        var instances = new AllWhenNoneLive(supplier(List.of()), supplier(List.of(first, second)));
        assertThat(instances.get().blockFirst()).containsExactly(first, second);
    }

    private static ServiceInstanceListSupplier supplier(List<ServiceInstance> instances) {
        return new ServiceInstanceListSupplier() {
            @Override
            public String getServiceId() {
                return "petition-service";
            }

            @Override
            public Flux<List<ServiceInstance>> get() {
                return Flux.just(instances);
            }
        };
    }
}
