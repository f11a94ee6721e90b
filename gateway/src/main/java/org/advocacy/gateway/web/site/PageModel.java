package org.advocacy.gateway.web.site;

import org.advocacy.gateway.web.WebProperties;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;

/** What the layout of every page shows: the platform, the campaign, the language and where the switch comes back to. */
@ControllerAdvice(basePackages = "org.advocacy.gateway.web")
class PageModel {

    private final WebProperties web;

    PageModel(WebProperties web) {
        this.web = web;
    }

    @ModelAttribute("site")
    WebProperties site() {
        return web;
    }

    @ModelAttribute("lang")
    String lang(ServerWebExchange exchange) {
        LocaleContext context = exchange.getLocaleContext();
        return context.getLocale() == null ? "en" : context.getLocale().getLanguage();
    }

    /** The path of this page, for the language switch; a page's secret query (a link's token) is left out. */
    @ModelAttribute("here")
    String here(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
