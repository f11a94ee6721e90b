package org.advocacy.gateway.supporter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The pages that the links in supporters' emails open: {@code /signatures/confirm?token=...} and
 * {@code /signatures/erase?token=...}. Opening one changes nothing; the supporter's button press
 * posts the token to the petition service. Until the web front exists, the gateway serves them.
 */
@Configuration(proxyBeanMethods = false)
class SupporterPages {

    @Bean
    RouterFunction<ServerResponse> signatureLinkPages() {
        return RouterFunctions.route()
                .GET("/signatures/confirm", request -> page("static/signatures/confirm.html"))
                .GET("/signatures/erase", request -> page("static/signatures/erase.html"))
                .build();
    }

    // The address carries a secret token: no cache may keep the page.
    private static Mono<ServerResponse> page(String path) {
        return ServerResponse.ok().contentType(MediaType.TEXT_HTML).cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .bodyValue(new ClassPathResource(path));
    }
}
