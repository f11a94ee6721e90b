package org.advocacy.gateway.balancing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import reactor.core.publisher.Flux;

/**
 * Service discovery from configuration: the instances devstack or compose names. A registry
 * (Consul, Kubernetes) would replace this one class; the load balancer stays as it is.
 */
final class ConfiguredInstances implements ReactiveDiscoveryClient {

    private final Map<String, List<ServiceInstance>> instances = new LinkedHashMap<>();

    ConfiguredInstances(Map<String, List<URI>> uris) {
        uris.forEach((serviceId, bases) -> instances.put(serviceId, IntStream.range(0, bases.size())
                .mapToObj(i -> instance(serviceId, i + 1, bases.get(i))).toList()));
    }

    @Override
    public String description() {
        return "service instances from advocacy.gateway.balancing.instances";
    }

    @Override
    public Flux<ServiceInstance> getInstances(String serviceId) {
        return Flux.fromIterable(instances.getOrDefault(serviceId, List.of()));
    }

    @Override
    public Flux<String> getServices() {
        return Flux.fromIterable(instances.keySet());
    }

    private static ServiceInstance instance(String serviceId, int number, URI base) {
        boolean secure = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() != -1 ? base.getPort() : secure ? 443 : 80;
        return new SchemedInstance(serviceId + "-" + number, serviceId, base.getHost(), port, secure);
    }

    /**
     * An instance that names its scheme, so that a load-balanced web client asked for
     * {@code lb://petition-service/...}, as the routes name it, calls it over http(s).
     */
    private static final class SchemedInstance extends DefaultServiceInstance {

        SchemedInstance(String instanceId, String serviceId, String host, int port, boolean secure) {
            super(instanceId, serviceId, host, port, secure);
        }

        @Override
        public String getScheme() {
            return isSecure() ? "https" : "http";
        }
    }
}
