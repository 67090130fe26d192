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
 * hook a small JSON object. Subject and text are made inert for each robot by {@link ChatText}: no one
 * can mention everyone or inject markup through what they typed. DingTalk and Feishu sign with the robot's secret when one is set.
 */
final class WebhookPayloads {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** WeCom takes 4,096 bytes of markdown, DingTalk about 20,000: longer texts are cut with a pointer to the app. */
    static final int WECOM_MAX_BYTES = 4000;
    static final int DINGTALK_MAX_BYTES = 18000;

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
        ObjectNode root = F.objectNode();
        switch (kind) {
            case DINGTALK -> {
                root.put("msgtype", "markdown");
                String tail = link == null ? "" : "\n\n[" + link + "](" + link + ")";
                root.putObject("markdown").put("title", ChatText.feishu(subject)).put("text", cut("### "
                        + ChatText.dingtalk(subject) + "\n\n" + paragraphs(ChatText.dingtalk(text)),
                        DINGTALK_MAX_BYTES - bytes(tail)) + tail);
            }
            case WECOM -> {
                root.put("msgtype", "markdown");
                String tail = link == null ? "" : "\n[" + link + "](" + link + ")";
                root.putObject("markdown").put("content", cut("**" + ChatText.wecom(subject) + "**\n"
                        + paragraphs(ChatText.wecom(text)), WECOM_MAX_BYTES - bytes(tail)) + tail);
            }
            case FEISHU -> {
                if (secret != null) {
                    long ts = now.getEpochSecond();
                    root.put("timestamp", String.valueOf(ts));
                    root.put("sign", hmacBase64(ts + "\n" + secret, ""));
                }
                root.put("msg_type", "text");
                String typed = ChatText.feishu(subject) + "\n" + ChatText.feishu(text);
                root.putObject("content").put("text", link == null ? typed : typed + "\n\n" + link);
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

    /** Lines as markdown paragraphs (the robots join single line breaks); the text is escaped by {@link ChatText}. */
    private static String paragraphs(String text) {
        return text.replace("\n", "\n\n");
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    /** At most {@code max} UTF-8 bytes, cut at a character and marked with an ellipsis. */
    static String cut(String s, int max) {
        if (bytes(s) <= max) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int used = bytes("\n…");
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = bytes(new String(Character.toChars(cp)));
            if (used + n > max) {
                break;
            }
            out.appendCodePoint(cp);
            used += n;
            i += Character.charCount(cp);
        }
        return out + "\n…";
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
