package org.advocacy.conventions;

import org.advocacy.conventions.operations.MongoPingHealthIndicator;
import org.advocacy.conventions.problem.ApiProblems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Brings the conventions into every service that has this module. */
@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@Import(ApiProblems.class)
public class ServiceConventionsAutoConfiguration {

    /** Named so that it is the {@code mongo} health component (Boot's own is switched off). */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
