package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryIdentity;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.client.RestClient;

/**
 * A chat platform's sign-in for a company's internal app (Feishu, DingTalk, WeCom). Each speaks OAuth 2's
 * authorization code flow in its own dialect: Spring Security keeps the flow (state, redirect, session) and
 * the platform's adapter says how its authorization page is asked, how the code becomes a token and who the
 * token is.
 */
interface ChatPlatform {

    ClientRegistration registration();

    /** The platform's own parameters on the authorization page's address. */
    default void authorizationRequest(OAuth2AuthorizationRequest.Builder request) {
    }

    OAuth2AccessTokenResponse token(OAuth2AuthorizationCodeGrantRequest request);

    DirectoryIdentity person(OAuth2UserRequest request);

    /** Calls to the platform time out rather than hold a request thread. */
    static RestClient client() {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
        factory.setReadTimeout(Duration.ofSeconds(10));
        return RestClient.builder().requestFactory(factory).build();
    }

    /** A refusal of the platform's, with its own words for the log. */
    static OAuth2AuthenticationException refused(String platform, Object answer) {
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response",
                platform + " refused the sign-in: " + answer, null));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
