package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryAccounts;
import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.SignInSettings;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * Every configured sign-in besides the passwords: the company's OIDC provider ({@code company}) and the chat
 * platforms ({@code feishu}, {@code dingtalk}, {@code wecom}), each at {@code /oauth2/authorization/<id>} and
 * back at {@code /login/oauth2/code/<id>}.
 */
final class SignInProviders implements ClientRegistrationRepository {

    private final CompanyOidcProvider company;
    private final Map<String, ChatPlatform> platforms = new LinkedHashMap<>();
    private final Map<String, ClientRegistration> registrations = new LinkedHashMap<>();

    SignInProviders(SignInSettings settings, Clock clock) {
        this.company = settings.oidc().configured() ? new CompanyOidcProvider(settings.oidc(), clock) : null;
        if (settings.feishu().configured()) {
            add(new FeishuPlatform(settings.feishu()));
        }
        if (settings.dingtalk().configured()) {
            add(new DingTalkPlatform(settings.dingtalk()));
        }
        if (settings.wecom().configured()) {
            add(new WeComPlatform(settings.wecom()));
        }
    }

    private void add(ChatPlatform platform) {
        ClientRegistration registration = platform.registration();
        platforms.put(registration.getRegistrationId(), platform);
        registrations.put(registration.getRegistrationId(), registration);
    }

    boolean any() {
        return company != null || !platforms.isEmpty();
    }

    boolean anyPlatform() {
        return !platforms.isEmpty();
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (company != null && CompanyOidcProvider.REGISTRATION_ID.equals(id)) {
            return company.findByRegistrationId(id);
        }
        return registrations.get(id);
    }

    /** PKCE for the OIDC provider whatever its discovery says, and each platform's own parameters. */
    Consumer<OAuth2AuthorizationRequest.Builder> authorizationRequests() {
        Consumer<OAuth2AuthorizationRequest.Builder> pkce = OAuth2AuthorizationRequestCustomizers.withPkce();
        return request -> {
            Object[] id = new Object[1];
            request.attributes(a -> id[0] = a.get(OAuth2ParameterNames.REGISTRATION_ID));
            if (CompanyOidcProvider.REGISTRATION_ID.equals(id[0])) {
                pkce.accept(request);
            }
            ChatPlatform platform = platforms.get(String.valueOf(id[0]));
            if (platform != null) {
                platform.authorizationRequest(request);
            }
        };
    }

    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> platformTokens() {
        return request -> platform(request.getClientRegistration()).token(request);
    }

    OAuth2UserService<OAuth2UserRequest, OAuth2User> platformPeople(DirectoryAccounts accounts) {
        return request -> {
            DirectoryIdentity who = platform(request.getClientRegistration()).person(request);
            Map<String, Object> said = new LinkedHashMap<>();
            said.put("subject", who.subject());
            if (who.displayName() != null) {
                said.put("name", who.displayName());
            }
            return new DirectoryOAuth2User(accounts.signIn(who), said);
        };
    }

    private ChatPlatform platform(ClientRegistration registration) {
        ChatPlatform platform = platforms.get(registration.getRegistrationId());
        if (platform == null) {
            throw new IllegalStateException("No chat platform " + registration.getRegistrationId());
        }
        return platform;
    }
}
