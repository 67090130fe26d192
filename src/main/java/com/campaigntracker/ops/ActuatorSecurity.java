package com.campaigntracker.ops;

import com.campaigntracker.people.LocalPasswords;
import com.campaigntracker.people.SignInGuard;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator's own filter chain, before the app's: liveness and readiness are open (a load
 * balancer asks them, they say only UP or DOWN); metrics, Prometheus and health details need HTTP
 * Basic as an administrator of the app or as the scrape account {@code app.metrics.username} when
 * {@code app.metrics.password} is set. No session, no login page.
 */
@Configuration
class ActuatorSecurity {

    static final String METRICS_ROLE = "METRICS";

    @Bean
    @Order(1)
    SecurityFilterChain actuatorChain(HttpSecurity http, UserDetailsService people, PasswordEncoder encoder,
                                      SignInGuard signIns, LocalPasswords localPasswords,
                                      @Value("${app.metrics.username:metrics}") String scrapeUser,
                                      @Value("${app.metrics.password:}") String scrapePassword) throws Exception {
        List<AuthenticationProvider> providers = new ArrayList<>();
        if (!scrapePassword.isBlank()) {
            DaoAuthenticationProvider scraper = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(scrapeUser).password(encoder.encode(scrapePassword)).roles(METRICS_ROLE).build()));
            scraper.setPasswordEncoder(encoder);
            providers.add(scraper);
        }
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(people);
        accounts.setPasswordEncoder(encoder);
        providers.add(localPasswords.restrict(accounts)); // with directory sign-in, the break-glass administrators only
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                // M3: Basic counts failures with the login form's, per name and address, across instances
                .authenticationManager(signIns.guard(new ProviderManager(providers)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasAnyRole("ADMIN", METRICS_ROLE))
                // status codes set, not sent as errors: an error dispatch would land in the app's chain,
                // which sends the anonymous to its login page
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"campaign-tracker operations\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler(
                        (request, response, e) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // read-only GETs, no cookies
        return http.build();
    }
}
