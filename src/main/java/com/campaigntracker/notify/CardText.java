package com.campaigntracker.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * A {@link ChatCard} as a channel reads it, already in the channel's language: the button's label and
 * the card's lines. Kept as JSON with its outbox message, so a retry (after a restart too) sends the
 * same card. Values may hold what people typed (task and project names): each platform's payload makes
 * them inert ({@link ChatText}).
 *
 * @param action the {@link ChatCard.Action}'s name
 * @param colour the card's tone: {@code orange} for a request, {@code red} when its deadline has passed
 */
record CardText(String action, String button, String colour, List<Fact> facts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One line: {@code key} is task, project, plan, due or left; {@code label} is short (WeCom shows 5 characters). */
    record Fact(String key, String label, String value) {
    }

    Optional<String> value(String key) {
        return facts.stream().filter(f -> f.key().equals(key)).map(Fact::value).findFirst();
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static CardText fromJson(String json) {
        try {
            return JSON.readValue(json, CardText.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable card: " + e.getOriginalMessage(), e);
        }
    }
}
