package com.campaigntracker.people.security;

import com.campaigntracker.people.AccountSessions;
import com.campaigntracker.people.SignInBusyException;
import com.campaigntracker.people.SignInGuard;
import com.campaigntracker.people.ui.LoginView;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
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

    private final UserDetailsService people;
    private final PasswordEncoder encoder;
    private final SignInGuard signIns;
    private final AccountSessions sessions;
    private final AuthenticationEventPublisher authenticationEvents;
    private final Duration sessionTimeout;
    private final java.time.Clock clock;

    SecurityConfiguration(UserDetailsService people, PasswordEncoder encoder, SignInGuard signIns, AccountSessions sessions,
                          AuthenticationEventPublisher authenticationEvents,
                          @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
                          java.time.Clock clock) {
        this.people = people;
        this.encoder = encoder;
        this.signIns = signIns;
        this.sessions = sessions;
        this.authenticationEvents = authenticationEvents;
        this.sessionTimeout = sessionTimeout;
        this.clock = clock;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class, "/login");
        // M3: the login form checks passwords behind the shared failure count (refused before hashing when locked)
        DaoAuthenticationProvider accounts = new DaoAuthenticationProvider(people);
        accounts.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(accounts);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        http.authenticationManager(signIns.guard(manager));
        // a sign-in whose turn did not come (decided before any check, whether the name exists or not) is told
        // to try again shortly rather than that its password was wrong
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInBusyException.class.getName(), "/login?" + LoginView.BUSY));
        http.formLogin(form -> form.failureHandler(failures));
        // M2, L2: a session ends when its person's account changed or it was idle (heartbeats do not count);
        // signed-in sessions get the normal timeout
        http.addFilterAfter(new SignedInSessionFilter(sessions, SecurityContextHolder.getContextHolderStrategy(),
                (int) sessionTimeout.toSeconds(), clock), SecurityContextHolderFilter.class);
    }

    @Bean
    static PasswordEncoder passwordEncoder() { // static: the people services it hashes for are injected above
        return new BCryptPasswordEncoder();
    }
}
