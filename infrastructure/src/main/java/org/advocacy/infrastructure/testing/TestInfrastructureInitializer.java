package org.advocacy.infrastructure.testing;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the test infrastructure: {@code @ContextConfiguration(initializers
 * = TestInfrastructureInitializer.class)} beside {@code @SpringBootTest}.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", Map.of(
                "spring.mongodb.uri", TestInfrastructure.mongoUri(),
                "spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers())));
    }
}
