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
 * hook a small JSON object. A message with a {@link CardText} goes to the three robots as a card whose
 * button opens the app's page (the generic hook and e-mail keep the text). The formats, as published:
 * <ul>
 * <li>DingTalk custom robot, {@code msgtype: actionCard} (title, markdown text, singleTitle + singleURL; btns
 * ignored once those are set): https://open.dingtalk.com/document/orgapp/custom-robots-send-group-messages and
 * https://open.dingtalk.com/document/development/robot-message-type</li>
 * <li>Feishu/Lark custom bot, {@code msg_type: interactive} with {@code card} (header title and template
 * colour; div elements of plain_text fields; an action element whose button has a {@code url}); the request
 * body at most 20 KB: https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot and
 * https://open.feishu.cn/document/common-capabilities/message-card/message-cards-content/using-button-components</li>
 * <li>WeCom group robot, {@code msgtype: template_card}, {@code card_type: text_notice} (main_title,
 * sub_title_text, horizontal_content_list of at most 6 keyname/value pairs, jump_list of at most 3 links of
 * type 1, card_action type 1 with its url; title 26 characters, desc 30, sub_title_text 112, keyname 5, value
 * 26, jump title 13 are the documented lengths): https://developer.work.weixin.qq.com/document/path/91770.
 * template_card (not news) because it carries the button, the dates and the countdown as separate lines.</li>
 * </ul> Subject and text are made inert for each robot by {@link ChatText}: no one
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

    /** Each card value (a task or project name may be long) is cut to this many UTF-8 bytes on DingTalk and Feishu. */
    static final int CARD_VALUE_MAX_BYTES = 1500;
    /** Feishu/Lark takes a request body of at most 20 KB: the card's texts together stay below this. */
    static final int FEISHU_MAX_BYTES = 16000;

    static String body(ChannelKind kind, String secret, String subject, String text, String link, Instant now) {
        return body(kind, secret, subject, text, link, null, now);
    }

    /** The message, as a card when it has one and goes to a robot that shows cards. */
    static String body(ChannelKind kind, String secret, String subject, String text, String link, CardText card,
                       Instant now) {
        if (card != null && link != null) {
            switch (kind) {
                case DINGTALK -> {
                    return dingtalkCard(subject, link, card);
                }
                case FEISHU -> {
                    return feishuCard(secret, subject, link, card, now);
                }
                case WECOM -> {
                    return wecomCard(subject, link, card);
                }
                default -> {
                    // the generic hook and e-mail keep their format
                }
            }
        }
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
                sign(root, secret, now);
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

    /** DingTalk's ActionCard: a markdown text of escaped lines and one button (singleTitle/singleURL). */
    private static String dingtalkCard(String subject, String link, CardText card) {
        StringBuilder text = new StringBuilder("### ").append(ChatText.dingtalk(cut(subject, CARD_VALUE_MAX_BYTES)));
        for (CardText.Fact f : card.facts()) {
            text.append("\n\n**").append(ChatText.dingtalk(f.label())).append("**: ")
                    .append(ChatText.dingtalk(cut(f.value(), CARD_VALUE_MAX_BYTES)));
        }
        ObjectNode root = F.objectNode();
        root.put("msgtype", "actionCard");
        root.putObject("actionCard")
                .put("title", chars(ChatText.dingtalk(subject), 100))
                .put("text", cut(text.toString(), DINGTALK_MAX_BYTES))
                .put("btnOrientation", "0")
                .put("singleTitle", ChatText.feishu(card.button()))
                .put("singleURL", link);
        return root.toString();
    }

    /** Feishu/Lark's interactive card: plain_text only (nothing typed is read as lark_md), one link button. */
    private static String feishuCard(String secret, String subject, String link, CardText card, Instant now) {
        ObjectNode root = F.objectNode();
        sign(root, secret, now);
        root.put("msg_type", "interactive");
        ObjectNode c = root.putObject("card");
        c.putObject("config").put("wide_screen_mode", true);
        ObjectNode header = c.putObject("header");
        header.putObject("title").put("tag", "plain_text").put("content", cut(ChatText.feishu(subject), 1000));
        header.put("template", card.colour());
        var elements = c.putArray("elements");
        var fields = elements.addObject().put("tag", "div").putArray("fields");
        int budget = FEISHU_MAX_BYTES - bytes(subject) - bytes(link);
        for (CardText.Fact f : card.facts()) {
            String line = ChatText.feishu(f.label()) + "\n" + ChatText.feishu(cut(f.value(), Math.min(
                    CARD_VALUE_MAX_BYTES, Math.max(100, budget))));
            budget -= bytes(line);
            ObjectNode field = fields.addObject();
            field.put("is_short", !f.key().equals("task") && !f.key().equals("project"));
            field.putObject("text").put("tag", "plain_text").put("content", line);
        }
        ObjectNode button = elements.addObject().put("tag", "action").putArray("actions").addObject();
        button.put("tag", "button");
        button.putObject("text").put("tag", "plain_text").put("content", ChatText.feishu(card.button()));
        button.put("type", "primary");
        button.put("url", link);
        return root.toString();
    }

    /**
     * WeCom's template card (text_notice): the task as its title, the project beside it, the notice as its
     * text, the dates and countdown as key/value lines, and the page both as the card's action and as its
     * one jump link. Template cards show plain text, so nothing typed is markup; lengths as documented.
     */
    private static String wecomCard(String subject, String link, CardText card) {
        ObjectNode root = F.objectNode();
        root.put("msgtype", "template_card");
        ObjectNode c = root.putObject("template_card");
        c.put("card_type", "text_notice");
        c.putObject("source").put("desc", "营销执行进度跟进");
        ObjectNode main = c.putObject("main_title");
        main.put("title", chars(ChatText.feishu(card.value("task").orElse(card.value("project").orElse(""))), 26));
        card.value("task").flatMap(t -> card.value("project"))
                .ifPresent(p -> main.put("desc", chars(ChatText.feishu(p), 30)));
        c.put("sub_title_text", chars(ChatText.feishu(subject), 112));
        var lines = c.putArray("horizontal_content_list");
        for (CardText.Fact f : card.facts()) {
            if (!f.key().equals("task") && !f.key().equals("project") && lines.size() < 6) {
                lines.addObject().put("keyname", chars(ChatText.feishu(f.label()), 5))
                        .put("value", chars(ChatText.feishu(f.value()), 26));
            }
        }
        c.putArray("jump_list").addObject().put("type", 1).put("url", link)
                .put("title", chars(ChatText.feishu(card.button()), 13));
        c.putObject("card_action").put("type", 1).put("url", link);
        return root.toString();
    }

    private static void sign(ObjectNode root, String secret, Instant now) {
        if (secret != null) {
            long ts = now.getEpochSecond();
            root.put("timestamp", String.valueOf(ts));
            root.put("sign", hmacBase64(ts + "\n" + secret, ""));
        }
    }

    /** At most {@code max} characters (code points), the last one an ellipsis when cut. */
    static String chars(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
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
