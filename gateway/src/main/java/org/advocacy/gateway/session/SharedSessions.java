package org.advocacy.gateway.session;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.session.config.annotation.web.server.EnableSpringWebSession;
import org.springframework.session.data.mongo.JdkMongoSessionConverter;
import org.springframework.session.data.mongo.ReactiveMongoSessionRepository;

/**
 * Sessions live in MongoDB (database {@code gateway}), so any instance of the gateway serves any
 * organiser: the login's security context, the OAuth2 tokens (Spring Security keeps them in the
 * session) and a login in progress. The browser still holds only the {@code SESSION} cookie, whose
 * settings are in {@code GatewaySecurity}. A session is written only once something is put in it:
 * anonymous visitors get none.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringWebSession
class SharedSessions implements BeanClassLoaderAware {

    static final String COLLECTION = "sessions";

    private ClassLoader classLoader;

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Bean
    ReactiveMongoSessionRepository sessionRepository(ReactiveMongoOperations mongo, SessionProperties properties) {
        var repository = new ReactiveMongoSessionRepository(mongo);
        repository.setCollectionName(COLLECTION);
        repository.setDefaultMaxInactiveInterval(properties.idleTimeout());
        // The application's class loader reads back what it wrote, also from the packaged jar.
        repository.setMongoSessionConverter(new JdkMongoSessionConverter(new SerializingConverter(),
                new DeserializingConverter(classLoader), properties.idleTimeout()));
        return repository;
    }

    @Bean
    ExpiredSessions expiredSessions(ReactiveMongoOperations mongo, SessionProperties properties) {
        return new ExpiredSessions(mongo, COLLECTION, properties.purgeInterval());
    }
}
