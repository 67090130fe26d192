package com.campaigntracker.people.security;

import com.campaigntracker.people.PersonPrincipal;
import java.util.Map;
import org.springframework.security.oauth2.core.user.OAuth2User;

/** A person signed in through a chat platform: the app's account, with what the platform said of them. */
final class DirectoryOAuth2User extends PersonPrincipal implements OAuth2User {

    private final Map<String, Object> attributes;

    DirectoryOAuth2User(PersonPrincipal account, Map<String, Object> attributes) {
        super(account);
        this.attributes = Map.copyOf(attributes);
    }

    @Override
    public Map<String, Object> getAttributes() {
        return attributes;
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
