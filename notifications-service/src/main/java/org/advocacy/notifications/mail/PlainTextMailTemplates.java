package org.advocacy.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.ITemplateResolver;

/**
 * Adds plain-text templates ({@code *.txt}, no escaping: it is not HTML) to the template engine
 * that Spring Boot sets up for the HTML ones.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextMailTemplates {

    @Bean
    ITemplateResolver plainTextTemplateResolver() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setResolvablePatterns(Set.of("*.txt"));
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setOrder(1);
        return resolver;
    }
}
