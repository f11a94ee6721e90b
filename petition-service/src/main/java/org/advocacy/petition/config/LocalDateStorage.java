package org.advocacy.petition.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores local dates (a deadline) as they are, whatever the server's zone. Spring Data's default
 * converts them through the server's zone at midnight: moved to a zone west of where it was
 * written, the service would read every deadline a day early.
 */
@Configuration(proxyBeanMethods = false)
class LocalDateStorage {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
