package org.advocacy.gateway.web.site;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every page behind a link in an email shares (signatures, RSVPs, follows): opening one
 * changes nothing, since mail scanners open links; the supporter's button posts the link's token
 * with the form's own, and only then is anything done. The address carries a secret token, so no
 * cache may keep the page and a Referer names only the site.
 */
@Component
public class EmailedLinks {

    private final FormTokens formTokens;

    EmailedLinks(FormTokens formTokens) {
        this.formTokens = formTokens;
    }

    /** The page a link opens: its button, holding the link's token. */
    public Mono<Rendering> page(String view, String link, String token, ServerWebExchange exchange) {
        keepSecret(exchange);
        return Mono.just(Rendering.view(view).modelAttribute("link", link)
                .modelAttribute("token", token == null ? "" : token)
                .modelAttribute("formToken", formTokens.issue(exchange)).build());
    }

    /**
     * The button's post. An expired form or a missing, blank or overlong token is refused (400,
     * {@code error.formExpired} or {@code incomplete}, rendered by {@code refused}); otherwise
     * {@code action} gets the link's token and the form.
     */
    public Mono<Rendering> pressed(ServerWebExchange exchange, int longestToken, String incomplete,
                                   BiFunction<String, HttpStatus, Rendering> refused,
                                   Function<Form, Mono<Rendering>> action) {
        keepSecret(exchange);
        return exchange.getFormData().flatMap(form -> {
            String token = form.getFirst("token");
            if (!formTokens.accepts(exchange, form.getFirst(FormTokens.FIELD))) {
                return Mono.just(refused.apply("error.formExpired", HttpStatus.BAD_REQUEST));
            }
            if (token == null || token.isBlank() || token.length() > longestToken) {
                return Mono.just(refused.apply(incomplete, HttpStatus.BAD_REQUEST));
            }
            return action.apply(new Form(token, form.getFirst("mine")));
        });
    }

    public static void keepSecret(ServerWebExchange exchange) {
        exchange.getResponse().getHeaders().setCacheControl(CacheControl.noStore());
        exchange.getResponse().getHeaders().set("Referrer-Policy", "strict-origin");
    }

    /** @param mine the "my follows" token a follow's cancel button carries to come back to the list */
    public record Form(String token, String mine) {
    }
}
