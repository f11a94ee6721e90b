package org.advocacy.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The platform's one public entry. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        // The same for the connections the login keeps to Keycloak (Reactor Netty's shared pool,
        // which only a system property sets), unless the operator chose otherwise.
        if (System.getProperty("reactor.netty.pool.maxIdleTime") == null) {
            System.setProperty("reactor.netty.pool.maxIdleTime", "5000");
        }
        SpringApplication.run(GatewayApplication.class, args);
    }
}
