package org.advocacy.gateway.balancing;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * Each service's load balancer picks among the instances whose liveness probe answered 200 at the
 * last check ({@code spring.cloud.loadbalancer.health-check.*}), so an instance that stopped is
 * left out within one interval; when none answers, all are tried ({@link AllWhenNoneLive}). Liveness, not readiness: an instance waiting for Kafka still serves
 * reads and queues its messages, and every instance of a service shares the same dependencies.
 *
 * <p>Deliberately not a {@code @Configuration}: Spring Cloud LoadBalancer builds it in each
 * service's own child context.
 */
class HealthCheckedInstances {

    private static final int CONNECT_TIMEOUT_MILLIS = 1000;
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(2);

    @Bean
    ServiceInstanceListSupplier liveInstances(ConfigurableApplicationContext context) {
        HttpClient probes = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .responseTimeout(RESPONSE_TIMEOUT);
        WebClient client = WebClient.builder().clientConnector(new ReactorClientHttpConnector(probes)).build();
        return new AllWhenNoneLive(
                ServiceInstanceListSupplier.builder().withDiscoveryClient().withHealthChecks(client).build(context),
                ServiceInstanceListSupplier.builder().withDiscoveryClient().build(context));
    }
}
