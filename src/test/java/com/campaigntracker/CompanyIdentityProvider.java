package com.campaigntracker;

import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The company's OpenID Connect provider that the shared test app signs in with (mock-oauth2-server, a real
 * provider from Maven Central, on a free port for the whole test run): the login page then shows "Sign in with
 * your company account", as at a company that uses it. A test says who signs in next ({@link #next}).
 */
public final class CompanyIdentityProvider {

    public static final String ISSUER_ID = "company";
    public static final String CLIENT_ID = "campaign-tracker-tests";

    private static MockOAuth2Server server;

    private CompanyIdentityProvider() {
    }

    /** The issuer's address, the provider started at the first call. */
    public static synchronized String issuer() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server.issuerUrl(ISSUER_ID).toString();
    }

    /** The next sign-in at the provider is this person (its subject and claims). */
    public static void next(String subject, Map<String, Object> claims) {
        issuer();
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
    }
}
