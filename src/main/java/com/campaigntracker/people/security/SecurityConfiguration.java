package com.campaigntracker.people.security;

import com.campaigntracker.people.AccountSessions;
import com.campaigntracker.people.DirectoryAccounts;
import com.campaigntracker.people.LocalPasswords;
import com.campaigntracker.people.SignInSettings;
import com.campaigntracker.people.SignInBusyException;
import com.campaigntracker.people.SignInGuard;
import com.campaigntracker.people.ui.LoginView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationProvider;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    private final UserDetailsService people;
    private final PasswordEncoder encoder;
    private final SignInGuard signIns;
    private final AccountSessions sessions;
    private final AuthenticationEventPublisher authenticationEvents;
    private final Duration sessionTimeout;
    private final java.time.Clock clock;
    private final SignInSettings signInSettings;
    private final LocalPasswords localPasswords;
    private final DirectoryAccounts directoryAccounts;

    SecurityConfiguration(UserDetailsService people, PasswordEncoder encoder, SignInGuard signIns, AccountSessions sessions,
                          AuthenticationEventPublisher authenticationEvents,
                          @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout,
                          java.time.Clock clock, SignInSettings signInSettings, LocalPasswords localPasswords,
                          DirectoryAccounts directoryAccounts) {
        this.signInSettings = signInSettings;
        this.localPasswords = localPasswords;
        this.directoryAccounts = directoryAccounts;
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
        // the app's passwords first (a break-glass administrator gets in while the directory is down), then the directory's
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(localPasswords.restrict(accounts)));
        if (signInSettings.ldap().configured()) {
            providers.add(CompanyLdapProvider.create(signInSettings.ldap(), directoryAccounts));
        }
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(authenticationEvents);
        AuthenticationManager passwords = signIns.guard(manager);
        http.authenticationManager(passwords);
        // a sign-in whose turn did not come (decided before any check, whether the name exists or not) is told
        // to try again shortly rather than that its password was wrong
        var failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(SignInBusyException.class.getName(), "/login?" + LoginView.BUSY));
        http.formLogin(form -> form.failureHandler(failures));
        if (!signInSettings.signInButtons().isEmpty()) {
            companyAccountSignIn(http, passwords);
        }
        // M2, L2: a session ends when its person's account changed or it was idle (heartbeats do not count);
        // signed-in sessions get the normal timeout
        http.addFilterAfter(new SignedInSessionFilter(sessions, SecurityContextHolder.getContextHolderStrategy(),
                (int) sessionTimeout.toSeconds(), clock), SecurityContextHolderFilter.class);
    }

    /**
     * "Sign in with your company account" and with the chat platforms: the authorization code flow (with PKCE
     * for the OIDC provider and Feishu), back to our login page on any refusal (a person the app or the
     * directory has disabled included).
     */
    private void companyAccountSignIn(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        SignInProviders providers = new SignInProviders(signInSettings, clock);
        List<AuthenticationProvider> checks = new ArrayList<>();
        var oidcPeople = signInSettings.oidc().configured()
                ? CompanyOidcProvider.people(signInSettings.oidc(), directoryAccounts) : null;
        if (oidcPeople != null) {
            checks.add(new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                    oidcPeople));
        }
        if (providers.anyPlatform()) {
            checks.add(new OAuth2LoginAuthenticationProvider(providers.platformTokens(),
                    providers.platformPeople(directoryAccounts)));
        }
        // the providers' answers are checked beside the passwords (not behind their failure count: no name is guessed)
        ProviderManager companyAccounts = new ProviderManager(checks);
        companyAccounts.setAuthenticationEventPublisher(authenticationEvents);
        http.authenticationManager(attempt -> attempt instanceof OAuth2LoginAuthenticationToken
                ? companyAccounts.authenticate(attempt) : passwords.authenticate(attempt));
        if (signInSettings.dingtalk().configured()) {
            http.addFilterBefore(new DingTalkAuthCode(),
                    org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter.class);
        }
        var requests = new DefaultOAuth2AuthorizationRequestResolver(providers,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        requests.setAuthorizationRequestCustomizer(providers.authorizationRequests());
        http.oauth2Login(login -> {
            login.loginPage("/login")
                    .clientRegistrationRepository(providers)
                    .authorizedClientRepository(new NoAuthorizedClients())
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .failureHandler(new CompanySignInFailure("/login?" + LoginView.COMPANY_SIGN_IN_FAILED));
            if (oidcPeople != null) {
                login.userInfoEndpoint(info -> info.oidcUserService(oidcPeople));
            }
        });
    }

    /**
     * Nothing is kept of the providers' tokens: the app never calls a provider for the person after the sign-in
     * (and WeCom's is the app's own token, which no session should hold).
     */
    private static final class NoAuthorizedClients
            implements org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository {

        @Override
        public <T extends org.springframework.security.oauth2.client.OAuth2AuthorizedClient> T loadAuthorizedClient(
                String registrationId, org.springframework.security.core.Authentication principal,
                jakarta.servlet.http.HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(org.springframework.security.oauth2.client.OAuth2AuthorizedClient client,
                                         org.springframework.security.core.Authentication principal,
                                         jakarta.servlet.http.HttpServletRequest request,
                                         jakarta.servlet.http.HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String registrationId, org.springframework.security.core.Authentication principal,
                                           jakarta.servlet.http.HttpServletRequest request,
                                           jakarta.servlet.http.HttpServletResponse response) {
        }
    }

    /** Back to the login page with a message; an operator needs the provider's reason, the person only that it failed. */
    private static final class CompanySignInFailure extends SimpleUrlAuthenticationFailureHandler {

        CompanySignInFailure(String url) {
            super(url);
        }

        @Override
        public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                            jakarta.servlet.http.HttpServletResponse response,
                                            org.springframework.security.core.AuthenticationException e)
                throws java.io.IOException, jakarta.servlet.ServletException {
            log.warn("A company-account sign-in did not succeed: {}", e.getMessage());
            super.onAuthenticationFailure(request, response, e);
        }
    }

    @Bean
    static PasswordEncoder passwordEncoder() { // static: the people services it hashes for are injected above
        return new BCryptPasswordEncoder();
    }
}
