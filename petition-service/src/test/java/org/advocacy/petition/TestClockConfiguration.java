package org.advocacy.petition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Found by the application's component scan in every test context alike, so the contexts stay
 * one cached context: the service's clock is a {@link MovableClock}.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }
}
