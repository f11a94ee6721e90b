package org.advocacy.events.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's settings, and its scheduled job (unconfirmed RSVPs expire). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
class EventsConfiguration {
}
