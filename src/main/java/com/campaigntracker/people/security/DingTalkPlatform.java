package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.DisabledException;
import org.springframework.web.util.UriComponentsBuilder;
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
 * header), then the company's directory confirms an active member. Its {@code scope=openid} is not OpenID
 * Connect (no ID token), so it is sent as a plain parameter.
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
        Map<String, Object> answer = ChatPlatform.call("DingTalk", () -> http.post().uri(app.getProviderDetails().getTokenUri())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("clientId", app.getClientId(), "clientSecret", app.getClientSecret(),
                        "code", request.getAuthorizationExchange().getAuthorizationResponse().getCode(),
                        "grantType", "authorization_code"))
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        if (answer == null || answer.get("accessToken") == null) {
            throw ChatPlatform.refused("DingTalk", answer);
        }
        return OAuth2AccessTokenResponse.withToken(answer.get("accessToken").toString())
                .tokenType(OAuth2AccessToken.TokenType.BEARER)
                .expiresIn(answer.get("expireIn") instanceof Number n ? n.longValue() : 7200)
                .build();
    }

    /**
     * Who signed in, and that they are an active member of the company: a DingTalk account is personal and
     * outlives a job, so the company's own directory (read with the app's token) must know them by their
     * {@code unionId}. Their company user id, company mailbox and first department come from there.
     */
    @Override
    public DirectoryIdentity person(OAuth2UserRequest request) {
        Map<String, Object> me = ChatPlatform.call("DingTalk", () -> http.get().uri(request.getClientRegistration()
                        .getProviderDetails().getUserInfoEndpoint().getUri())
                .header("x-acs-dingtalk-access-token", request.getAccessToken().getTokenValue())
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        if (me == null || me.get("unionId") == null) {
            throw ChatPlatform.refused("DingTalk", me);
        }
        String unionId = me.get("unionId").toString();
        Map<String, Object> app = ChatPlatform.call("DingTalk", () -> http.post().uri(settings.apiUrl() + "/v1.0/oauth2/accessToken")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("appKey", settings.clientId(), "appSecret", settings.clientSecret()))
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        String appToken = app == null ? null : ChatPlatform.text(app.get("accessToken"));
        if (appToken == null) {
            throw ChatPlatform.refused("DingTalk", app);
        }
        Map<String, Object> member = company("/topapi/user/getbyunionid", appToken, Map.of("unionid", unionId));
        String userId = ChatPlatform.text(member.get("userid"));
        if (userId == null) {
            throw ChatPlatform.refused("DingTalk", member);
        }
        Map<String, Object> user = company("/topapi/v2/user/get", appToken, Map.of("userid", userId, "language", "zh_CN"));
        if (!Boolean.TRUE.equals(user.get("active"))) {
            throw new DisabledException("DingTalk member " + userId + " is not active");
        }
        String department = null;
        if (user.get("dept_id_list") instanceof List<?> ids && !ids.isEmpty()) {
            department = ChatPlatform.text(company("/topapi/v2/department/get", appToken,
                    Map.of("dept_id", ids.get(0), "language", "zh_CN")).get("name"));
        }
        String orgEmail = ChatPlatform.text(user.get("org_email"));
        String email = orgEmail != null ? orgEmail : ChatPlatform.text(user.get("email"));
        String name = ChatPlatform.text(user.get("name")) != null ? ChatPlatform.text(user.get("name"))
                : ChatPlatform.text(me.get("nick"));
        // the company mailbox is the company's; a personal address is not vouched for and links nobody
        return new DirectoryIdentity(DirectorySource.DINGTALK, unionId, userId, name, email, orgEmail != null, department);
    }

    /** A call to the company's directory (oapi, the app's token in the query); its {@code result} when errcode is 0. */
    private Map<String, Object> company(String path, String appToken, Map<String, Object> body) {
        java.net.URI uri = UriComponentsBuilder.fromUriString(settings.oapiUrl() + path)
                .queryParam("access_token", appToken).encode().build().toUri();
        Map<String, Object> answer = ChatPlatform.call("DingTalk", () -> http.post().uri(uri)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        if (answer == null || !"0".equals(String.valueOf(answer.get("errcode")))) {
            throw ChatPlatform.refused("DingTalk", answer);
        }
        return ChatPlatform.map(answer.get("result"));
    }
}
