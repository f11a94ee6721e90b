package org.advocacy.events.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

/**
 * Stores local dates and times as they are, whatever the server's zone. Spring Data's default
 * converts them through the server's zone: a move to another zone would shift every stored event,
 * and a wall time that does not exist there (a daylight-saving gap) would come back an hour off.
 */
@Configuration(proxyBeanMethods = false)
class WallTimeStorage {

    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(conversions -> conversions.useNativeDriverJavaTimeCodecs());
    }
}
