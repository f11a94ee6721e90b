package org.advocacy.conventions.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies an endpoint's {@code @PreAuthorize} rule before its request body is read. Method
 * security alone runs after the arguments are bound, so a caller without the right would get a
 * validation error, learning about an endpoint he may not use, instead of 401 or 403. The rule
 * still applies again on the method itself.
 */
class RulesBeforeBodies implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod endpoint
                && AnnotatedElementUtils.hasAnnotation(endpoint.getMethod(), PreAuthorize.class)) {
            AuthorizationResult result = rules.authorize(SecurityContextHolder.getContext()::getAuthentication,
                    new SimpleMethodInvocation(endpoint.getBean(), endpoint.getMethod()));
            if (result != null && !result.isGranted()) {
                throw new AccessDeniedException("Access denied");
            }
        }
        return true;
    }
}
