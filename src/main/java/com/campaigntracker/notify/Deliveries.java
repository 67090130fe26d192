package com.campaigntracker.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/** Sends one outbox message: an e-mail through the SMTP server, or a POST to a robot's webhook. */
@Component
class Deliveries {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MailSettingsService mail;
    private final Clock clock;
    private final WebhookClient webhooks;

    Deliveries(MailSettingsService mail, Clock clock, WebhookClient webhooks) {
        this.mail = mail;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    /** @throws DeliveryFailed with what went wrong, to be logged and retried */
    void deliver(OutboxMessage m) {
        if (m.getKind() == ChannelKind.EMAIL) {
            email(m);
        } else {
            post(m);
        }
    }

    private void email(OutboxMessage m) {
        MailSettingsService.Sender sender = mail.sender()
                .orElseThrow(() -> new DeliveryFailed("no mail server is configured"));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(sender.from());
        message.setTo(m.getTarget());
        message.setSubject(m.getSubject());
        message.setText(m.getLink() == null ? m.getBody() : m.getBody() + "\n\n" + m.getLink());
        try {
            sender.mail().send(message);
        } catch (MailException e) {
            throw new DeliveryFailed(e.getMessage());
        }
    }

    private void post(OutboxMessage m) {
        var now = clock.instant();
        String url = WebhookPayloads.url(m.getKind(), m.getTarget(), m.getSecret(), now);
        String json = WebhookPayloads.body(m.getKind(), m.getSecret(), m.getSubject(), m.getBody(), m.getLink(),
                m.getCard(), now);
        WebhookClient.Answer answer;
        try {
            answer = webhooks.post(m.getKind(), url, json);
        } catch (WebhookClient.Refused e) {
            throw new DeliveryRefused(e.getMessage());
        } catch (IOException e) {
            throw new DeliveryFailed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (answer.status() / 100 != 2) {
            throw new DeliveryFailed("HTTP " + answer.status() + ": " + abbreviate(answer.body()));
        }
        // the robots answer 200 with an error code in the body when they refuse (bad signature, rate limit)
        String error = robotError(m.getKind(), answer.body());
        if (error != null) {
            throw new DeliveryFailed(error);
        }
    }

    private static String robotError(ChannelKind kind, String body) {
        if (kind == ChannelKind.GENERIC || body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(body);
            JsonNode code = kind == ChannelKind.FEISHU ? json.path("code") : json.path("errcode");
            if (!code.isMissingNode() && code.asInt() != 0) {
                return kind + " refused (" + code.asInt() + "): " + abbreviate(json.path(
                        kind == ChannelKind.FEISHU ? "msg" : "errmsg").asText());
            }
            return null;
        } catch (IOException e) {
            return null; // not JSON: the 2xx status is all we have
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** A delivery that did not happen, and why. */
    static class DeliveryFailed extends RuntimeException {
        DeliveryFailed(String message) {
            super(message);
        }
    }

    /** A delivery the egress policy forbids: given up at once, never retried (no scanning by retries). */
    static class DeliveryRefused extends DeliveryFailed {
        DeliveryRefused(String message) {
            super(message);
        }
    }
}
