package org.advocacy.gateway.web.site;

import java.net.URI;
import java.util.Locale;

import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The language switch: keeps the choice in a cookie and goes back to the page it was made on. */
@Controller
class LanguageController {

    private final Languages languages;

    LanguageController(Languages languages) {
        this.languages = languages;
    }

    @PreAuthorize("permitAll()")
    @GetMapping("/language")
    Mono<ResponseEntity<Void>> choose(@RequestParam(defaultValue = "en") String to,
                                      @RequestParam(defaultValue = "/") String back, ServerWebExchange exchange) {
        Locale locale = Languages.supported(to);
        languages.setLocaleContext(exchange, new SimpleLocaleContext(locale == null ? Locale.ENGLISH : locale));
        return Mono.just(ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(localPath(back))).build());
    }

    // Only a path of this site: never an open redirect to another one.
    static String localPath(String back) {
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x21 || c == '\\');
        return local ? back : "/";
    }
}
