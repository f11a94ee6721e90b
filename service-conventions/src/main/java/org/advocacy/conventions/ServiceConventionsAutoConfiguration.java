package org.advocacy.conventions;

import org.advocacy.conventions.operations.MongoPingHealthIndicator;
import org.advocacy.conventions.operations.MongoReadTimeout;
import org.advocacy.conventions.problem.ApiProblems;
import org.advocacy.conventions.security.ServiceSecurity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/** Brings the conventions into every service that has this module. */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, DataMongoAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        ManagementWebSecurityAutoConfiguration.class})
@Import({ApiProblems.class, ServiceSecurity.class})
public class ServiceConventionsAutoConfiguration {

    /**
     * Stores local dates and times as they are written, whatever the server's zone. Spring Data's
     * default converts them through the server's zone: moved to another zone, a service would shift
     * every stored event time and read every deadline a day off.
     */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }

    @Bean
    MongoReadTimeout mongoReadTimeout(Environment environment) {
        return new MongoReadTimeout(environment.getProperty("spring.mongodb.uri"));
    }

    /** Named so that it is the {@code mongo} health component (Boot's own is switched off). */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
