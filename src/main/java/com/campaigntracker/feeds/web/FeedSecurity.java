package com.campaigntracker.feeds.web;

import com.campaigntracker.feeds.FeedPaths;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The feeds' own filter chain, before the app's (like the actuator's): GETs below {@code /feeds/} are open
 * to anyone, since the secret in the address is what opens a feed (checked by the service on every request);
 * no session, no login page, no cookies; anything else there is 404.
 */
@Configuration
class FeedSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain feedChain(HttpSecurity http) throws Exception {
        http.securityMatcher(FeedPaths.ROOT + "**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, FeedPaths.ROOT + "**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, FeedPaths.ROOT + "**").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> response.setStatus(HttpServletResponse.SC_NOT_FOUND))
                        .accessDeniedHandler((request, response, e) -> response.setStatus(HttpServletResponse.SC_NOT_FOUND)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true))
                .anonymous(anonymous -> { })
                .csrf(csrf -> csrf.disable()); // read-only GETs, no cookies
        return http.build();
    }
}
