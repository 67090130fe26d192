package com.campaigntracker.notify;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The robots' message formats: DingTalk and WeCom take markdown, Feishu/Lark plain text, the generic
 * hook a small JSON object. DingTalk and Feishu sign with the robot's secret when one is set.
 */
final class WebhookPayloads {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private WebhookPayloads() {
    }

    /** The URL to post to: DingTalk carries its signature in the query. */
    static String url(ChannelKind kind, String target, String secret, Instant now) {
        if (kind == ChannelKind.DINGTALK && secret != null) {
            long ts = now.toEpochMilli();
            String sign = hmacBase64(secret, ts + "\n" + secret);
            return target + (target.contains("?") ? "&" : "?") + "timestamp=" + ts + "&sign="
                    + URLEncoder.encode(sign, StandardCharsets.UTF_8);
        }
        return target;
    }

    static String body(ChannelKind kind, String secret, String subject, String text, String link, Instant now) {
        String withLink = link == null ? text : text + "\n\n" + link;
        ObjectNode root = F.objectNode();
        switch (kind) {
            case DINGTALK -> {
                root.put("msgtype", "markdown");
                root.putObject("markdown").put("title", subject).put("text", "### " + subject + "\n\n"
                        + markdown(text) + (link == null ? "" : "\n\n[" + link + "](" + link + ")"));
            }
            case WECOM -> {
                root.put("msgtype", "markdown");
                root.putObject("markdown").put("content", "**" + subject + "**\n" + markdown(text)
                        + (link == null ? "" : "\n[" + link + "](" + link + ")"));
            }
            case FEISHU -> {
                if (secret != null) {
                    long ts = now.getEpochSecond();
                    root.put("timestamp", String.valueOf(ts));
                    root.put("sign", hmacBase64(ts + "\n" + secret, ""));
                }
                root.put("msg_type", "text");
                root.putObject("content").put("text", subject + "\n" + withLink);
            }
            case GENERIC -> {
                root.put("title", subject);
                root.put("text", text);
                if (link != null) {
                    root.put("link", link);
                }
                root.put("sentAt", now.toString());
            }
            case EMAIL -> throw new IllegalArgumentException("not a webhook");
        }
        return root.toString();
    }

    /** Lines as markdown paragraphs: the robots join single line breaks. */
    private static String markdown(String text) {
        return text.replace("\n", "\n\n");
    }

    static String hmacBase64(String key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
