package com.campaigntracker.people.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * L2: every session starts anonymous (the login page makes one, with a Vaadin UI in it) and gets a
 * short idle timeout, so that a script opening thousands of them does not pin the heap for long;
 * {@link SignedInSessionFilter} gives a signed-in session the normal timeout at its first request.
 */
@Component
class AnonymousSessionTimeout implements HttpSessionListener {

    private final int seconds;

    AnonymousSessionTimeout(@Value("${app.session.anonymous-timeout:5m}") Duration timeout) {
        this.seconds = (int) Math.max(60, timeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(seconds);
    }
}
