package com.campaigntracker.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the signed-in user and the request's id into every log line written while a request is
 * served (MDC keys {@code user} and {@code request}); the id comes from the load balancer's
 * {@code X-Request-Id} when it sends one, and goes back in the response with {@code X-Served-By}.
 * Two filters: the id and the headers before Spring Security, so that its own answers (a 401 from
 * the actuator, a redirect to the login page) carry them too; the user after it, when it is known.
 */
@Configuration
class RequestLogContext {

    static final String USER = "user";
    static final String REQUEST = "request";
    static final String HEADER = "X-Request-Id";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Bean
    FilterRegistrationBean<Filter> requestLogContextFilter(
            @org.springframework.beans.factory.annotation.Value("${app.instance.route:}") String route) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter(route));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<UserFilter> requestLogUserFilter() {
        FilterRegistrationBean<UserFilter> registration = new FilterRegistrationBean<>(new UserFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Before Spring Security: the request id in the log context and, with the instance, in the response. */
    static final class Filter extends OncePerRequestFilter {

        private final String route;

        Filter(String route) {
            this.route = route == null || route.isBlank() ? null : route;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String given = request.getHeader(HEADER);
            String id = given != null && SAFE_ID.matcher(given).matches() ? given
                    : UUID.randomUUID().toString().substring(0, 8); // a forged header cannot break the log line
            MDC.put(REQUEST, id);
            MDC.put(USER, "-"); // not known yet: Spring Security has not run
            response.setHeader(HEADER, id);
            if (route != null) {
                response.setHeader("X-Served-By", route); // which instance, behind a balancer
            }
            try {
                chain.doFilter(request, response);
            } finally {
                MDC.remove(REQUEST);
                MDC.remove(USER);
            }
        }
    }

    /** After Spring Security: the signed-in user in the log context. */
    static final class UserFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String before = MDC.get(USER);
            MDC.put(USER, user());
            try {
                chain.doFilter(request, response);
            } finally {
                if (before == null) {
                    MDC.remove(USER);
                } else {
                    MDC.put(USER, before);
                }
            }
        }

        private static String user() {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated() ? "-"
                    : auth.getName();
        }
    }
}
