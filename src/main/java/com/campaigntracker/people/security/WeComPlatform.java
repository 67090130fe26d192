package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.util.List;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * WeCom (企业微信) per its developer centre's web sign-in for a self-built app: the page
 * {@code wwlogin/sso/login?login_type=CorpApp&appid=<corp id>&agentid=…}; the code is not exchanged for a
 * user's token but read with the app's own ({@code cgi-bin/gettoken}) at {@code cgi-bin/auth/getuserinfo},
 * which names the member ({@code userid}); {@code cgi-bin/user/get} gives their name, address, status and
 * departments, {@code cgi-bin/department/get} the first department's name. Every answer carries
 * {@code errcode}, 0 when it worked. A member who is disabled, not yet active or has left is refused.
 */
final class WeComPlatform implements ChatPlatform {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    /** user/get's status of a member who may work: 1 = active (2 disabled, 4 not activated, 5 left). */
    private static final String ACTIVE = "1";

    private final SignInSettings.WeCom settings;
    private final RestClient http = ChatPlatform.client();

    WeComPlatform(SignInSettings.WeCom settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("wecom")
                .clientId(settings.corpId()).clientSecret(settings.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri(settings.loginUrl() + "/wwlogin/sso/login")
                .tokenUri(settings.apiUrl() + "/cgi-bin/gettoken")
                .userInfoUri(settings.apiUrl() + "/cgi-bin/user/get")
                .userNameAttributeName("userid")
                .build();
    }

    @Override
    public void authorizationRequest(OAuth2AuthorizationRequest.Builder request) {
        request.parameters(p -> {
            p.remove("client_id");
            p.remove("response_type");
            p.put("login_type", "CorpApp");
            p.put("appid", settings.corpId());
            p.put("agentid", settings.agentId());
        });
    }

    /** The app's token, with the member the code names beside it. */
    @Override
    public OAuth2AccessTokenResponse token(OAuth2AuthorizationCodeGrantRequest request) {
        String api = settings.apiUrl();
        Map<String, Object> app = get(UriComponentsBuilder.fromUriString(api + "/cgi-bin/gettoken")
                .queryParam("corpid", settings.corpId()).queryParam("corpsecret", settings.secret()));
        String token = ChatPlatform.text(app.get("access_token"));
        if (token == null) {
            throw ChatPlatform.refused("WeCom", app);
        }
        Map<String, Object> member = get(UriComponentsBuilder.fromUriString(api + "/cgi-bin/auth/getuserinfo")
                .queryParam("access_token", token)
                .queryParam("code", request.getAuthorizationExchange().getAuthorizationResponse().getCode()));
        String userId = ChatPlatform.text(member.get("userid"));
        if (userId == null) { // an outsider (openid only) or a refused code
            throw ChatPlatform.refused("WeCom", member);
        }
        return OAuth2AccessTokenResponse.withToken(token).tokenType(OAuth2AccessToken.TokenType.BEARER)
                .expiresIn(app.get("expires_in") instanceof Number n ? n.longValue() : 7200)
                .additionalParameters(Map.of("userid", userId))
                .build();
    }

    @Override
    public DirectoryIdentity person(OAuth2UserRequest request) {
        String token = request.getAccessToken().getTokenValue();
        String userId = request.getAdditionalParameters().get("userid").toString();
        Map<String, Object> user = get(UriComponentsBuilder.fromUriString(settings.apiUrl() + "/cgi-bin/user/get")
                .queryParam("access_token", token).queryParam("userid", userId));
        if (user.get("userid") == null) {
            throw ChatPlatform.refused("WeCom", user);
        }
        if (!ACTIVE.equals(String.valueOf(user.get("status")))) {
            throw new DisabledException("WeCom member " + userId + " has status " + user.get("status"));
        }
        String department = null;
        if (user.get("department") instanceof List<?> ids && !ids.isEmpty()) {
            Map<String, Object> answer = get(UriComponentsBuilder.fromUriString(settings.apiUrl() + "/cgi-bin/department/get")
                    .queryParam("access_token", token).queryParam("id", ids.get(0)));
            department = ChatPlatform.text(ChatPlatform.map(answer.get("department")).get("name"));
        }
        String email = ChatPlatform.text(user.get("biz_mail")) != null ? ChatPlatform.text(user.get("biz_mail"))
                : ChatPlatform.text(user.get("email"));
        // the company's directory: its addresses are the company's own
        return new DirectoryIdentity(DirectorySource.WECOM, userId, userId, ChatPlatform.text(user.get("name")),
                email, email != null, department);
    }

    private Map<String, Object> get(UriComponentsBuilder uri) {
        Map<String, Object> answer = ChatPlatform.call("WeCom", () -> http.get().uri(uri.encode().build().toUri())
                .retrieve().onStatus(s -> true, (req, res) -> { }).body(JSON));
        if (answer == null || !"0".equals(String.valueOf(answer.get("errcode")))) {
            throw ChatPlatform.refused("WeCom", answer);
        }
        return answer;
    }
}
