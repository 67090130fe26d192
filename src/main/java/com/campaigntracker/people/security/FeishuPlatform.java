package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.util.LinkedHashMap;
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
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.web.client.RestClient;

/**
 * Feishu / Lark (飞书) per its open platform's "browser app" sign-in (open.feishu.cn, authen v1 authorize,
 * authen v2 oauth token, authen v1 user_info): the authorization code with PKCE; the token is asked with a
 * JSON body and answers {@code code: 0} when granted; the user's record comes wrapped in {@code data}.
 * Feishu names no department here: an administrator sets it.
 */
final class FeishuPlatform implements ChatPlatform {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final SignInSettings.Feishu settings;
    private final RestClient http = ChatPlatform.client();

    FeishuPlatform(SignInSettings.Feishu settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("feishu")
                .clientId(settings.appId()).clientSecret(settings.appSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(settings.loginUrl() + "/open-apis/authen/v1/authorize")
                .tokenUri(settings.apiUrl() + "/open-apis/authen/v2/oauth/token")
                .userInfoUri(settings.apiUrl() + "/open-apis/authen/v1/user_info")
                .userNameAttributeName("open_id")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    @Override
    public OAuth2AccessTokenResponse token(OAuth2AuthorizationCodeGrantRequest request) {
        ClientRegistration app = request.getClientRegistration();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("client_id", app.getClientId());
        body.put("client_secret", app.getClientSecret());
        body.put("code", request.getAuthorizationExchange().getAuthorizationResponse().getCode());
        body.put("redirect_uri", request.getAuthorizationExchange().getAuthorizationRequest().getRedirectUri());
        Object verifier = request.getAuthorizationExchange().getAuthorizationRequest().getAttribute(PkceParameterNames.CODE_VERIFIER);
        if (verifier != null) {
            body.put("code_verifier", verifier);
        }
        Map<String, Object> answer = ChatPlatform.call("Feishu", () -> http.post().uri(app.getProviderDetails().getTokenUri())
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        if (answer == null || !"0".equals(String.valueOf(answer.get("code"))) || answer.get("access_token") == null) {
            throw ChatPlatform.refused("Feishu", answer);
        }
        return OAuth2AccessTokenResponse.withToken(answer.get("access_token").toString())
                .tokenType(OAuth2AccessToken.TokenType.BEARER)
                .expiresIn(answer.get("expires_in") instanceof Number n ? n.longValue() : 7200)
                .build();
    }

    @Override
    public DirectoryIdentity person(OAuth2UserRequest request) {
        Map<String, Object> answer = ChatPlatform.call("Feishu", () -> http.get().uri(request.getClientRegistration().getProviderDetails()
                        .getUserInfoEndpoint().getUri())
                .header("Authorization", "Bearer " + request.getAccessToken().getTokenValue())
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        Map<String, Object> user = ChatPlatform.map(answer == null ? null : answer.get("data"));
        if (!"0".equals(String.valueOf(answer == null ? null : answer.get("code"))) || user.get("open_id") == null) {
            throw ChatPlatform.refused("Feishu", answer);
        }
        String email = ChatPlatform.text(user.get("enterprise_email")) != null
                ? ChatPlatform.text(user.get("enterprise_email")) : ChatPlatform.text(user.get("email"));
        // the company's own mailbox is vouched for by the tenant; a personal address is not
        boolean verified = ChatPlatform.text(user.get("enterprise_email")) != null;
        String username = ChatPlatform.text(user.get("user_id")) != null ? ChatPlatform.text(user.get("user_id")) : email;
        return new DirectoryIdentity(DirectorySource.FEISHU, user.get("open_id").toString(),
                username, ChatPlatform.text(user.get("name")), email, verified, null);
    }
}
