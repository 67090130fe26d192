package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.client.RestClient;

/**
 * DingTalk (钉钉) per its open platform's browser sign-in (login.dingtalk.com oauth2/auth with
 * {@code prompt=consent} and {@code scope=openid}; the token from {@code v1.0/oauth2/userAccessToken} asked with
 * camel-case JSON; the person from {@code v1.0/contact/users/me} with the {@code x-acs-dingtalk-access-token}
 * header). Its {@code scope=openid} is not OpenID Connect (no ID token), so it is sent as a plain parameter.
 */
final class DingTalkPlatform implements ChatPlatform {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final SignInSettings.DingTalk settings;
    private final RestClient http = ChatPlatform.client();

    DingTalkPlatform(SignInSettings.DingTalk settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("dingtalk")
                .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(settings.loginUrl() + "/oauth2/auth")
                .tokenUri(settings.apiUrl() + "/v1.0/oauth2/userAccessToken")
                .userInfoUri(settings.apiUrl() + "/v1.0/contact/users/me")
                .userNameAttributeName("unionId")
                .build();
    }

    @Override
    public void authorizationRequest(OAuth2AuthorizationRequest.Builder request) {
        request.additionalParameters(p -> {
            p.put("scope", "openid");
            p.put("prompt", "consent");
        });
    }

    @Override
    public OAuth2AccessTokenResponse token(OAuth2AuthorizationCodeGrantRequest request) {
        ClientRegistration app = request.getClientRegistration();
        Map<String, Object> answer = http.post().uri(app.getProviderDetails().getTokenUri())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", app.getClientId(), "clientSecret", app.getClientSecret(),
                        "code", request.getAuthorizationExchange().getAuthorizationResponse().getCode(),
                        "grantType", "authorization_code"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON);
        if (answer == null || answer.get("accessToken") == null) {
            throw ChatPlatform.refused("DingTalk", answer);
        }
        return OAuth2AccessTokenResponse.withToken(answer.get("accessToken").toString())
                .tokenType(OAuth2AccessToken.TokenType.BEARER)
                .expiresIn(answer.get("expireIn") instanceof Number n ? n.longValue() : 7200)
                .build();
    }

    @Override
    public DirectoryIdentity person(OAuth2UserRequest request) {
        Map<String, Object> me = http.get().uri(request.getClientRegistration().getProviderDetails()
                        .getUserInfoEndpoint().getUri())
                .header("x-acs-dingtalk-access-token", request.getAccessToken().getTokenValue())
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON);
        if (me == null || me.get("unionId") == null) {
            throw ChatPlatform.refused("DingTalk", me);
        }
        String email = ChatPlatform.text(me.get("email"));
        // a personal account's address, not vouched for by the company: it does not link an existing account
        return new DirectoryIdentity(DirectorySource.DINGTALK, me.get("unionId").toString(), email,
                ChatPlatform.text(me.get("nick")), email, false, null);
    }
}
