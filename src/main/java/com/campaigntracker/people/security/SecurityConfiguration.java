package com.campaigntracker.people.security;

import com.campaigntracker.people.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Form login on our own login view; every view is denied unless annotated (Vaadin's navigation
 * access control), and services carry their own {@code @PreAuthorize} checks. JSR-250 method
 * security stays off: only views carry {@code @RolesAllowed}/{@code @PermitAll}, Vaadin checks
 * them before navigating, and with it on Spring wrapped every view it created in a CGLIB proxy,
 * which cost a sixth of the server's CPU in the load test (see README, Load test).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
