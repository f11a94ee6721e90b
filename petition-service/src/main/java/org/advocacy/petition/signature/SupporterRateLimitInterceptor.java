package org.advocacy.petition.signature;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    private final SigningRateLimits limits;

    SupporterRateLimitInterceptor(SigningRateLimits limits) {
        this.limits = limits;
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
        return true;
    }
}
