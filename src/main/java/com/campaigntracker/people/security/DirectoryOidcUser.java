package com.campaigntracker.people.security;

import com.campaigntracker.people.PersonPrincipal;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the company's OIDC provider: the app's account (so every service sees the same
 * {@link PersonPrincipal} as after a password) that also carries the provider's tokens and claims.
 */
final class DirectoryOidcUser extends PersonPrincipal implements OidcUser {

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    DirectoryOidcUser(PersonPrincipal account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(account);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    /** The app's user name, as for a password sign-in (the audit log and the sign-in throttle use it). */
    @Override
    public String getName() {
        return getUsername();
    }
}
