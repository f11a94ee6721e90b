package org.advocacy.gateway.balancing;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Routes to {@code lb://<service>} spread over the service's healthy instances, round robin. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = HealthCheckedInstances.class)
class Balancing {

    @Bean
    ReactiveDiscoveryClient configuredInstances(BalancingProperties properties) {
        return new ConfiguredInstances(properties.instances());
    }
}
