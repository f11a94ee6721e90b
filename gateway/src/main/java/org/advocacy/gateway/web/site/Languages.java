package org.advocacy.gateway.web.site;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The page's language: the one a visitor chose (kept in the {@code lang} cookie, the only cookie a
 * plain page view may set), else the best of the browser's {@code Accept-Language}, else English.
 */
public class Languages implements LocaleContextResolver {

    public static final String COOKIE = "lang";
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("pl"));

    private final boolean secure;

    public Languages(boolean secure) {
        this.secure = secure;
    }

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        HttpCookie chosen = exchange.getRequest().getCookies().getFirst(COOKIE);
        if (chosen != null) {
            Locale locale = supported(chosen.getValue());
            if (locale != null) {
                return new SimpleLocaleContext(locale);
            }
        }
        for (Locale.LanguageRange range : acceptLanguage(exchange)) {
            Locale locale = supported(range.getRange());
            if (locale != null) {
                return new SimpleLocaleContext(locale);
            }
        }
        return new SimpleLocaleContext(Locale.ENGLISH);
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, LocaleContext localeContext) {
        Locale locale = localeContext == null ? null : localeContext.getLocale();
        String value = locale == null ? "" : locale.getLanguage();
        exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, value).path("/").httpOnly(true).sameSite("Lax")
                .secure(secure).maxAge(locale == null ? 0 : 365L * 24 * 3600).build());
    }

    /** The supported language a tag such as {@code pl-PL} belongs to, or null. */
    public static Locale supported(String tag) {
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(null);
    }

    private static List<Locale.LanguageRange> acceptLanguage(ServerWebExchange exchange) {
        try {
            return exchange.getRequest().getHeaders().getAcceptLanguage();
        } catch (IllegalArgumentException malformed) {
            return List.of();
        }
    }
}
