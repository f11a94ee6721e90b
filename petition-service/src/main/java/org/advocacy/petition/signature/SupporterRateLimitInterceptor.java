package org.advocacy.petition.signature;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.advocacy.petition.config.PetitionProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the rate limits to supporters' requests before anything is read or checked, so that
 * invalid requests count as well. The address is the client's as Tomcat's RemoteIpValve sees it:
 * {@code X-Forwarded-For} is believed only from internal proxies (the gateway).
 */
@Configuration(proxyBeanMethods = false)
class SupporterRateLimitInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private static final String HOLDS_A_PLACE = SupporterRateLimitInterceptor.class.getName() + ".place";

    private final SigningRateLimits limits;
    private final Semaphore inFlight;

    SupporterRateLimitInterceptor(SigningRateLimits limits, PetitionProperties properties) {
        this.limits = limits;
        this.inFlight = new Semaphore(properties.signing().maxInFlight());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/petitions/*/signatures", "/api/signatures/*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!"POST".equals(request.getMethod())) {
            return true;
        }
        limits.takeClientRequest(request.getRemoteAddr());
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("id") instanceof String petitionId) {
            limits.takePetitionSignature(petitionId);
        }
        // Beyond what the service can work on at once, a quick 429 rather than a queue that ends in timeouts.
        if (!inFlight.tryAcquire()) {
            throw new TooManyRequests(Duration.ofSeconds(1));
        }
        request.setAttribute(HOLDS_A_PLACE, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(HOLDS_A_PLACE) != null) {
            request.removeAttribute(HOLDS_A_PLACE);
            inFlight.release();
        }
    }
}
