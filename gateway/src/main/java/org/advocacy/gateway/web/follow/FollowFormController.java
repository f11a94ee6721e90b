package org.advocacy.gateway.web.follow;

import java.util.Map;

import org.advocacy.gateway.web.petition.FormErrors;
import org.advocacy.gateway.web.services.FollowsClient;
import org.advocacy.gateway.web.services.ServiceProblem;
import org.advocacy.gateway.web.site.FormTokens;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The follow form of the campaign, case and event pages ({@code follow.html}) and the form that
 * asks for the "my follows" link. Both answer "check your email", whatever the address follows.
 */
@Controller
class FollowFormController {

    private final FollowsClient follows;
    private final FormTokens formTokens;

    FollowFormController(FollowsClient follows, FormTokens formTokens) {
        this.follows = follows;
        this.formTokens = formTokens;
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/follows")
    Mono<Rendering> follow(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            FollowForm form = FollowForm.of(data);
            if (!formTokens.accepts(exchange, data.getFirst(FormTokens.FIELD))) {
                return Mono.just(again(form, new FormErrors(Map.of("", "error.formExpired")), exchange));
            }
            if (!form.topicValid()) {
                return Mono.just(again(form, new FormErrors(Map.of("", "follows.error.topic")), exchange));
            }
            if (form.robot()) {
                return Mono.just(Rendering.redirectTo("/follows/sent").build());
            }
            return follows.follow(form.email(), form.topic(), form.locale())
                    .then(Mono.just(Rendering.redirectTo("/follows/sent").build()))
                    .onErrorResume(ServiceProblem.class, problem -> Mono.just(again(form, FollowForm.errors(problem), exchange)));
        });
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/follows/sent")
    Mono<Rendering> sent() {
        return Mono.just(Rendering.view("follow/check-email").build());
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/subscriptions/manage")
    Mono<Rendering> manage(ServerWebExchange exchange) {
        return Mono.just(managePage("", new FormErrors(Map.of()), exchange).build());
    }

    @PreAuthorize("permitAll()")
    @PostMapping("/subscriptions/manage")
    Mono<Rendering> sendManageLink(ServerWebExchange exchange) {
        return exchange.getFormData().flatMap(data -> {
            String email = data.getFirst("email") == null ? "" : data.getFirst("email").strip();
            if (!formTokens.accepts(exchange, data.getFirst(FormTokens.FIELD))) {
                return Mono.just(managePage(email, new FormErrors(Map.of("", "error.formExpired")), exchange)
                        .status(HttpStatus.UNPROCESSABLE_CONTENT).build());
            }
            return follows.manageLink(email).then(Mono.just(Rendering.redirectTo("/follows/sent").build()))
                    .onErrorResume(ServiceProblem.class, problem -> Mono.just(managePage(email,
                            FollowForm.errors(problem), exchange).status(HttpStatus.UNPROCESSABLE_CONTENT).build()));
        });
    }

    private Rendering again(FollowForm form, FormErrors errors, ServerWebExchange exchange) {
        return Rendering.view("follow/follow").status(HttpStatus.UNPROCESSABLE_CONTENT)
                .modelAttribute("followForm", form).modelAttribute("followErrors", errors)
                .modelAttribute("formToken", formTokens.issue(exchange)).build();
    }

    private Rendering.Builder<?> managePage(String email, FormErrors errors, ServerWebExchange exchange) {
        return Rendering.view("follow/manage").modelAttribute("email", email).modelAttribute("followErrors", errors)
                .modelAttribute("formToken", formTokens.issue(exchange));
    }
}
