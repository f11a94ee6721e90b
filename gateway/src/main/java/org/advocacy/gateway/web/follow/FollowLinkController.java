package org.advocacy.gateway.web.follow;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.advocacy.gateway.web.services.FollowsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.EmailedLinks;
import org.advocacy.gateway.web.site.FormTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The pages the links in followers' emails open: {@code /subscriptions/confirm}, {@code /subscriptions/cancel}
 * and {@code /subscriptions/mine}. Opening one changes nothing (mail scanners open links); the
 * supporter's button posts the token.
 */
@Controller
class FollowLinkController {

    private final FollowsClient follows;
    private final FormTokens formTokens;
    private final EmailedLinks links;

    FollowLinkController(FollowsClient follows, FormTokens formTokens, EmailedLinks links) {
        this.follows = follows;
        this.formTokens = formTokens;
        this.links = links;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/subscriptions/{link:confirm|cancel}")
    Mono<Rendering> open(@PathVariable String link, @RequestParam(required = false) String token, ServerWebExchange exchange) {
        return links.page("follow/link", link, token, exchange);
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/subscriptions/{link:confirm|cancel}")
    Mono<Rendering> press(@PathVariable String link, ServerWebExchange exchange) {
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        return links.pressed(exchange, 300, "follows.link.incomplete", (message, status) -> outcome(link, message, null, status),
                form -> {
                    Mono<Rendering> done = link.equals("confirm")
                            ? follows.confirm(form.token(), language).map(followed -> outcome(link, "follows.link.confirm.done",
                                    followed.title(), HttpStatus.OK))
                            : follows.cancel(form.token()).then(Mono.fromSupplier(() -> form.mine() == null || form.mine().isBlank()
                                    ? outcome(link, "follows.link.cancel.done", null, HttpStatus.OK)
                                    : Rendering.redirectTo("/subscriptions/mine?ended=1&token="
                                            + URLEncoder.encode(form.mine(), StandardCharsets.UTF_8)).build()));
                    return done.onErrorResume(ServiceProblem.class, problem -> Mono.just(outcome(link,
                            problem.status() == 429 ? "error.tooMany" : "follows.link." + link + ".gone", null,
                            HttpStatus.valueOf(problem.status() == 429 ? 429 : 410))));
                });
    }

    /** What an address follows, each with a button to end it. Reading the list changes nothing. */
    @PreAuthorize("permitAll()")
    @GetMapping("/subscriptions/mine")
    Mono<Rendering> mine(@RequestParam(required = false) String token, @RequestParam(required = false) String ended,
                         ServerWebExchange exchange) {
        EmailedLinks.keepSecret(exchange);
        String language = exchange.getLocaleContext().getLocale().getLanguage();
        if (token == null || token.isBlank() || token.length() > 300) {
            return Mono.just(outcome("mine", "follows.link.incomplete", null, HttpStatus.BAD_REQUEST));
        }
        return follows.mine(token, language)
                .map(list -> Rendering.view("follow/mine").modelAttribute("follows", list).modelAttribute("token", token)
                        .modelAttribute("ended", ended != null).modelAttribute("formToken", formTokens.issue(exchange)).build())
                .onErrorResume(ServiceProblem.class, problem -> Mono.just(outcome("mine", "follows.link.mine.gone", null,
                        HttpStatus.GONE)));
    }

    private static Rendering outcome(String link, String message, String title, HttpStatus status) {
        return Rendering.view("follow/outcome").status(status).modelAttribute("link", link)
                .modelAttribute("message", message).modelAttribute("title", title == null ? "" : title)
                .modelAttribute("done", status.is2xxSuccessful()).modelAttribute("follows", List.of()).build();
    }
}
