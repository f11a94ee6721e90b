package org.advocacy.petition.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The service's settings, and its scheduled jobs (expiry, clean-up, count snapshots). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PetitionProperties.class)
@EnableScheduling
class PetitionConfiguration {
}
