package org.advocacy.gateway.web;

import java.security.SecureRandom;
import java.util.Base64;

import org.advocacy.gateway.GatewayProperties;
import org.advocacy.gateway.web.site.FormTokens;
import org.advocacy.gateway.web.site.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.web.server.adapter.WebHttpHandlerBuilder;

/** The pages: rendered here with Thymeleaf from what the services' APIs answer; each handler states who may see it. */
@Configuration(proxyBeanMethods = false)
@EnableReactiveMethodSecurity
class WebConfiguration {

    @Bean(WebHttpHandlerBuilder.LOCALE_CONTEXT_RESOLVER_BEAN_NAME)
    Languages localeContextResolver(GatewayProperties gateway) {
        return new Languages(gateway.secure());
    }

    @Bean
    FormTokens formTokens(WebProperties web, GatewayProperties gateway) {
        String key = web.formKey();
        if (key == null || key.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            key = Base64.getEncoder().encodeToString(random);
        } else if (key.length() < 32) {
            throw new IllegalStateException("advocacy.web.form-key (WEB_FORM_KEY) needs at least 32 characters");
        }
        return new FormTokens(key, gateway.secure());
    }
}
