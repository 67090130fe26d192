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

    /** A refusal of the platform's, naming only its error code and message for the log (never a person's data). */
    static OAuth2AuthenticationException refused(String platform, Map<String, Object> answer) {
        String said = answer == null ? "no answer" : java.util.stream.Stream.of("code", "errcode", "error", "msg",
                        "errmsg", "message").filter(answer::containsKey).map(k -> k + "=" + answer.get(k))
                .collect(java.util.stream.Collectors.joining(", "));
        return new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response",
                platform + " refused the sign-in: " + (said.isEmpty() ? "an answer without what was asked for" : said), null));
    }

    /**
     * A call to the platform, failing as a refused sign-in that does not name the address: WeCom's carries the
     * app's secret in its query, and an exception's message would take it into the log.
     */
    static <T> T call(String platform, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (org.springframework.web.client.RestClientException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response",
                    platform + " could not be reached (" + e.getClass().getSimpleName() + ")", null));
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
