package org.advocacy.gateway.web.pagecache;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.advocacy.gateway.security.SessionCookie;
import org.advocacy.gateway.web.WebProperties;
import org.advocacy.gateway.web.site.FormTokens;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Public pages rendered at most once per {@code advocacy.web.page-cache.time-to-live} for each
 * address and language, and shown as rendered to every anonymous visitor in between: a spike of
 * readers (a campaign shared widely) costs the gateway and the services one rendering a second
 * rather than one per visitor. Profiled, rendering was half of the gateway's CPU on a petition page.
 * <p>
 * Only pages that are the same for every anonymous visitor: never a page reached by an emailed
 * link (those carry a token), never a request with a login session or an Authorization header,
 * never an answer other than 200 or one that sets a cookie other than the form token. The form
 * token is each visitor's own: the rendering is kept with a gap where it was, filled per visitor.
 */
@Component
class PublicPageCache implements WebFilter, Ordered {

    private static final List<PathPattern> PAGES = Stream.of("/", "/cases", "/cases/{id}", "/events", "/events/{id}",
            "/petitions/{id}", "/privacy").map(PathPatternParser.defaultInstance::parse).toList();

    private final FormTokens formTokens;
    private final Cache<String, RenderedPage> pages;

    PublicPageCache(WebProperties web, FormTokens formTokens) {
        this.formTokens = formTokens;
        WebProperties.PageCache settings = web.pageCache();
        this.pages = settings.enabled()
                ? Caffeine.newBuilder().expireAfterWrite(settings.timeToLive())
                        .maximumWeight(settings.maxSize().toBytes())
                        .<String, RenderedPage>weigher((key, page) -> key.length() + page.size()).build()
                : null;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (pages == null || !sameForEveryone(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        String key = key(exchange);
        RenderedPage page = pages.getIfPresent(key);
        if (page != null) {
            return show(page, exchange);
        }
        return chain.filter(exchange.mutate().response(new Keeping(exchange, key)).build());
    }

    private static boolean sameForEveryone(ServerHttpRequest request) {
        return HttpMethod.GET.equals(request.getMethod())
                && !SessionCookie.isCarriedBy(request)
                && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)
                && PAGES.stream().anyMatch(pattern -> pattern.matches(request.getPath().pathWithinApplication()));
    }

    private static String key(ServerWebExchange exchange) {
        Locale locale = exchange.getLocaleContext().getLocale();
        String query = exchange.getRequest().getURI().getRawQuery();
        return (locale == null ? "" : locale.getLanguage()) + " " + exchange.getRequest().getPath().value()
                + (query == null ? "" : "?" + query);
    }

    private Mono<Void> show(RenderedPage page, ServerWebExchange exchange) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        byte[] body = page.hasForm() ? page.bodyWith(formTokens.issue(exchange)) : page.bodyWith(null);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The response of a page not kept yet: passed on as it is, and kept when it is one to keep. */
    private final class Keeping extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;
        private final String key;

        Keeping(ServerWebExchange exchange, String key) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.key = key;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            HttpStatus status = getStatusCode() == null ? HttpStatus.OK : HttpStatus.resolve(getStatusCode().value());
            MediaType type = getHeaders().getContentType();
            boolean keep = status == HttpStatus.OK && type != null && MediaType.TEXT_HTML.isCompatibleWith(type)
                    && getCookies().keySet().stream().allMatch(FormTokens.COOKIE::equals);
            if (!keep) {
                return super.writeWith(body);
            }
            return DataBufferUtils.join(body)
                    .map(joined -> {
                        byte[] bytes = new byte[joined.readableByteCount()];
                        joined.read(bytes);
                        DataBufferUtils.release(joined);
                        return bytes;
                    })
                    .defaultIfEmpty(new byte[0])
                    .flatMap(bytes -> {
                        pages.put(key, RenderedPage.of(type, getHeaders().getFirst(HttpHeaders.CONTENT_LANGUAGE), bytes,
                                exchange.getAttribute(FormTokens.ISSUED)));
                        return super.writeWith(Mono.just(bufferFactory().wrap(bytes)));
                    });
        }
    }

    /** After security (it decides who may see a page) and the rate limits. */
    @Override
    public int getOrder() {
        return 10;
    }
}
