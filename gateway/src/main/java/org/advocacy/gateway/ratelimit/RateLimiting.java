package org.advocacy.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.advocacy.gateway.GatewayProperties;
import org.advocacy.gateway.problem.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Limits requests to the API and the login per caller: a partner client, a logged-in user, or for
 * everyone else the IP address (kept only as a hash, in memory). Over the limit: 429 with
 * Retry-After. Runs after security, so it knows who the caller is.
 */
@Component
class RateLimiting implements WebFilter, Ordered {

    private final GatewayProperties.RateLimits limits;
    private final ProblemResponses problems;
    private final Cache<String, Bucket> buckets;
    private final Pattern trustedProxies;

    RateLimiting(GatewayProperties properties, ProblemResponses problems,
                 org.springframework.cloud.gateway.config.GatewayProperties routing) {
        this.limits = properties.rateLimits();
        this.problems = problems;
        this.trustedProxies = routing.getTrustedProxies() == null ? null : Pattern.compile(routing.getTrustedProxies());
        this.buckets = Caffeine.newBuilder().expireAfterAccess(limits.period().multipliedBy(2)).maximumSize(200_000).build();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/oauth2/") && !path.startsWith("/login/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(principal -> callerOf(principal, exchange))
                .defaultIfEmpty(anonymous(exchange))
                .flatMap(caller -> {
                    Bucket bucket = buckets.get(caller.key(), key -> newBucket(caller.allowance()));
                    var probe = bucket.tryConsumeAndReturnRemaining(1);
                    if (probe.isConsumed()) {
                        exchange.getResponse().getHeaders().set("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                            "Too many requests from you in a short time. Please wait %d s and try again.".formatted(seconds));
                });
    }

    private Caller callerOf(Object principal, ServerWebExchange exchange) {
        if (principal instanceof JwtAuthenticationToken token) {
            String partner = token.getToken().getClaimAsString("partner_id");
            return new Caller("client:" + (partner != null ? partner : token.getToken().getClaimAsString("azp")), limits.partner());
        }
        if (principal instanceof OAuth2AuthenticationToken login && ((Authentication) login).isAuthenticated()) {
            return new Caller("user:" + login.getName(), limits.user());
        }
        return anonymous(exchange);
    }

    private Caller anonymous(ServerWebExchange exchange) {
        return new Caller("ip:" + sha256(clientAddress(exchange)), limits.anonymous());
    }

    /**
     * The address the request came from; behind a trusted proxy (a TLS terminator), the last one
     * that proxy names in X-Forwarded-For. Whatever else a caller claims there is ignored.
     */
    private String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String address = remote.getAddress().getHostAddress();
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0 && trustedProxies != null && trustedProxies.matcher(address).matches(); i--) {
            address = forwarded.get(i).strip();
        }
        return address;
    }

    private Bucket newBucket(long allowance) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(allowance).refillGreedy(allowance, limits.period()).build())
                .build();
    }

    @Override
    public int getOrder() {
        return 0;
    }

    private record Caller(String key, long allowance) {
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
