package org.advocacy.gateway.balancing;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.client.loadbalancer.LoadBalanced;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Routes to {@code lb://<service>} spread over the service's healthy instances, round robin; so do
 * the gateway's own calls to the services through the {@link LoadBalanced} web client builder.
 */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstances.class)
class Balancing {

    @Bean
    ReactiveDiscoveryClient configuredInstances(BalancingProperties properties) {
        return new ConfiguredInstances(properties.instances());
    }

    /** For code that calls a service itself: {@code lb://petition-service/...} reaches a live instance. */
    @Bean
    @LoadBalanced
    WebClient.Builder loadBalancedWebClient() {
        return WebClient.builder();
    }
}
