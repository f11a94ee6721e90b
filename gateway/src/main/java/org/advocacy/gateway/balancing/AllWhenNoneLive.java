package org.advocacy.gateway.balancing;

import java.util.List;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances whose probe answered; when none did, every configured one. On a saturated
 * machine the probes time out while the instances still serve: leaving them all out would
 * answer 503 to every request, where trying them costs at worst a slower answer.
 */
final class AllWhenNoneLive implements ServiceInstanceListSupplier {

    private final ServiceInstanceListSupplier live;
    private final ServiceInstanceListSupplier all;

    AllWhenNoneLive(ServiceInstanceListSupplier live, ServiceInstanceListSupplier all) {
        this.live = live;
        this.all = all;
    }

    @Override
    public String getServiceId() {
        return live.getServiceId();
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return live.get().concatMap(instances -> instances.isEmpty() ? all.get().take(1) : Flux.just(instances));
    }
}
