package org.advocacy.gateway.web.site;

import java.util.concurrent.TimeoutException;

import org.advocacy.gateway.web.services.ServiceProblem;
import org.springframework.core.codec.CodecException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** A page whose service refused or did not answer says so in the site's design, never as a stack trace. */
@ControllerAdvice(basePackages = "org.advocacy.gateway.web")
class PageErrors {

    private final PageModel model;

    PageErrors(PageModel model) {
        this.model = model;
    }

    @ExceptionHandler(ServiceProblem.class)
    Mono<Rendering> refused(ServiceProblem problem, ServerWebExchange exchange) {
        HttpStatus status = problem.status() == 404 ? HttpStatus.NOT_FOUND
                : problem.status() == 401 || problem.status() == 403 ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
        return page(exchange, status, status == HttpStatus.NOT_FOUND ? "error.notFound" : "error.refused");
    }

    // Not reachable, too slow, or an answer that is not what the service's API promises.
    @ExceptionHandler({WebClientRequestException.class, TimeoutException.class, CodecException.class})
    Mono<Rendering> unavailable(Exception failure, ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return page(exchange, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable");
    }

    private Mono<Rendering> page(ServerWebExchange exchange, HttpStatus status, String message) {
        return Mono.just(Rendering.view("error-page").status(status).modelAttribute("message", message)
                .modelAttribute("site", model.site()).modelAttribute("lang", model.lang(exchange))
                .modelAttribute("here", model.here(exchange)).build());
    }
}
