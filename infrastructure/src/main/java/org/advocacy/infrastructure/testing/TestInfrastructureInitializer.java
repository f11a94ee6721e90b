package org.advocacy.infrastructure.testing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Points a Spring test context at the test infrastructure: {@code @ContextConfiguration(initializers
 * = TestInfrastructureInitializer.class)} beside {@code @SpringBootTest}. A service that checks
 * tokens gets the real Keycloak as its issuer; one that sends mail gets the test SMTP server.
 */
public class TestInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.mongodb.uri", TestInfrastructure.mongoUri());
        properties.put("spring.kafka.bootstrap-servers", TestInfrastructure.kafka().bootstrapServers());
        if (ClassUtils.isPresent("org.springframework.security.oauth2.jwt.JwtDecoder", context.getClassLoader())) {
            properties.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", TestInfrastructure.keycloak().issuerUri());
        }
        if (ClassUtils.isPresent("org.springframework.mail.javamail.JavaMailSender", context.getClassLoader())) {
            properties.put("spring.mail.host", TestInfrastructure.mailServer().host());
            properties.put("spring.mail.port", TestInfrastructure.mailServer().port());
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-infrastructure", properties));
    }
}
