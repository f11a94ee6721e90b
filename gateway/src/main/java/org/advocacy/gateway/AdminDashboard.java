package org.advocacy.gateway;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** {@code /admin} is the dashboard's page; security lets only organisers and admins reach it. */
@Configuration(proxyBeanMethods = false)
class AdminDashboard {

    @Bean
    RouterFunction<ServerResponse> adminPage() {
        var page = new ClassPathResource("static/admin/index.html");
        return RouterFunctions.route()
                .GET("/admin", request -> ServerResponse.ok().contentType(MediaType.TEXT_HTML).bodyValue(page))
                .build();
    }
}
