package org.advocacy.gateway.web.privacy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

/** What the platform stores of a supporter, how it is protected, for how long, and how to erase it. */
@Controller
class PrivacyController {

    @PreAuthorize("permitAll()")
    @GetMapping("/privacy")
    Mono<String> privacy() {
        return Mono.just("privacy/privacy");
    }
}
