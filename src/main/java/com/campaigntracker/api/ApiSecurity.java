package com.campaigntracker.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own filter chain, before the app's (Vaadin's) and after the actuator's: stateless, bearer
 * tokens only (no cookies, so no CSRF token and no session), every answer of its own (no login page). Only
 * the OpenAPI document and the page that renders it are open; everything else needs a token.
 */
@Configuration
class ApiSecurity {

    static final String DOCUMENT = "/api/v1/openapi.json";
    static final String PAGE = "/api/v1/docs";
    /** Where springdoc serves the page's scripts and styles: beside the page's path. */
    static final String PAGE_FILES = "/api/v1/swagger-ui/**";

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens, ApiRateLimits limits,
                                 ApiProblems problems,
                                 ObjectProvider<SecurityContextHolderStrategy> strategies) throws Exception {
        // the strategy Vaadin's security sets up (a bean), the one the services' method security reads
        SecurityContextHolderStrategy contexts = strategies.getIfUnique(SecurityContextHolder::getContextHolderStrategy);
        http.securityMatcher("/api/**")
                .addFilterBefore(new ApiTokenFilter(tokens, limits, problems, contexts), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DOCUMENT, DOCUMENT + "/**", PAGE, PAGE + "/**", PAGE_FILES).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ApiTokenFilter.unauthorized(problems, request, response, null))
                        .accessDeniedHandler((request, response, e) -> problems.write(request, response,
                                problems.problem(request, HttpStatus.FORBIDDEN, "forbidden", "api.error.forbidden"))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true)
                        // a signed-in browser's session cookie signs nothing in here: only the bearer token does
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable()) // no cookies: a browser cannot be made to send a bearer token
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return http.build();
    }
}
