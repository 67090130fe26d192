package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryAccounts;
import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The company's OpenID Connect provider ({@code app.sso.oidc.*}). Its settings are discovered from the issuer
 * at the first sign-in, not at start, so that the app starts (and its break-glass administrators sign in)
 * while the provider is down; a failed discovery is tried again after a minute. A client without a secret is
 * a public client. Either way the authorization request carries PKCE (see {@link SecurityConfiguration}).
 */
final class CompanyOidcProvider implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "company";
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(CompanyOidcProvider.class);

    private final SignInSettings.Oidc settings;
    private final Clock clock;
    private volatile ClientRegistration registration;
    private volatile Instant failedAt;

    CompanyOidcProvider(SignInSettings.Oidc settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (registration == null && (failedAt == null || clock.instant().isAfter(failedAt.plus(RETRY_AFTER)))) {
                try {
                    registration = discover();
                } catch (RuntimeException e) {
                    failedAt = clock.instant();
                    log.warn("The OIDC provider {} could not be reached: {}", settings.issuerUri(), e.toString());
                    throw e;
                }
            }
            if (registration == null) {
                throw new IllegalStateException("The OIDC provider " + settings.issuerUri() + " was not reachable a moment ago");
            }
            return registration;
        }
    }

    private ClientRegistration discover() {
        boolean publicClient = settings.clientSecret() == null || settings.clientSecret().isBlank();
        ClientRegistration.Builder builder = ClientRegistrations.fromIssuerLocation(settings.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientId(settings.clientId())
                .scope(settings.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (publicClient) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(settings.clientSecret());
        }
        return builder.build();
    }

    /** The provider's person, as the app's account: found, linked or created by {@link DirectoryAccounts}. */
    static OAuth2UserService<OidcUserRequest, OidcUser> people(SignInSettings.Oidc settings, DirectoryAccounts accounts) {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser user = provider.loadUser(request);
            DirectoryIdentity who = new DirectoryIdentity(DirectorySource.OIDC, user.getSubject(),
                    claim(user, settings.usernameClaim()), claim(user, settings.nameClaim()),
                    claim(user, settings.emailClaim()), Boolean.TRUE.equals(user.getEmailVerified()),
                    claim(user, settings.departmentClaim()));
            return new DirectoryOidcUser(accounts.signIn(who), user.getIdToken(), user.getUserInfo());
        };
    }

    private static String claim(OidcUser user, String name) {
        Object value = name == null || name.isBlank() ? null : user.getClaims().get(name);
        if (value instanceof java.util.Collection<?> values) { // e.g. a list of groups or departments: the first
            value = values.stream().findFirst().orElse(null);
        }
        return value == null ? null : value.toString();
    }
}
