package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The cards of the four actions on the three robots, validated against JSON Schemas written from each
 * platform's published format (src/test/resources/chat-schemas): their button opens the page, a hostile
 * task name stays inert, a very long one is cut within the platform's limits, and the signatures are
 * the ones computed independently with openssl (as in {@link WebhookPayloadsTest}).
 */
class ChatCardPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);
    private static final String LINK = "https://tracker.example.com/explanations?project=5&task=9";
    private static final String HOSTILE = "主视觉 @all <at user_id=\"all\">全体</at> [点我](https://evil.example) "
            + "](javascript:alert(1)) **粗** <font color=\"red\">红</font> @所有人";
    private static final Map<ChannelKind, Schema> SCHEMAS = Map.of(
            ChannelKind.DINGTALK, schema("dingtalk-actioncard"),
            ChannelKind.FEISHU, schema("feishu-interactive"),
            ChannelKind.WECOM, schema("wecom-template-card"));
    private static final List<ChannelKind> ROBOTS = List.of(ChannelKind.DINGTALK, ChannelKind.FEISHU, ChannelKind.WECOM);

    private static Schema schema(String name) {
        InputStream in = ChatCardPayloadsTest.class.getResourceAsStream("/chat-schemas/" + name + ".schema.json");
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }

    private static CardText card(ChatCard.Action action, String task) {
        List<CardText.Fact> facts = new ArrayList<>();
        if (action != ChatCard.Action.CONFIRM_ASSIGNMENT) {
            facts.add(new CardText.Fact("task", "任务", task));
        }
        facts.add(new CardText.Fact("project", "项目", action == ChatCard.Action.CONFIRM_ASSIGNMENT ? task : "双十一促销"));
        facts.add(new CardText.Fact("plan", "计划", "2031年3月3日 至 2031年3月7日"));
        if (action != ChatCard.Action.CONFIRM_ASSIGNMENT) {
            facts.add(new CardText.Fact("due", "截止", "剩余 23 小时 59 分（截止 周二 2031/3/4 09:00）"));
        }
        facts.add(new CardText.Fact("left", "工期", "剩余 5 个工作日（含今天）"));
        return new CardText(action.name(), switch (action) {
            case UPDATE_PROGRESS -> "更新进度";
            case CONFIRM_ASSIGNMENT -> "确认分工";
            case EXPLAIN_DEVIATION -> "填写偏差说明";
            case DECIDE -> "决策";
        }, "orange", facts);
    }

    private static JsonNode payload(ChannelKind kind, String secret, ChatCard.Action action, String task) throws Exception {
        String subject = "预警：\"" + task + "\"（双十一促销）已延期超过 1 个工作日，请在 24 小时内提交偏差说明。";
        String json = WebhookPayloads.body(kind, secret, subject, subject, LINK, card(action, task), AT);
        List<Error> errors = SCHEMAS.get(kind).validate(JSON.readTree(json));
        assertThat(errors).as(kind + " " + action + " follows the published format: " + json).isEmpty();
        return JSON.readTree(json);
    }

    /** The button (and only the button) leads to the page, labelled with the action. */
    private static void buttonOpensThePage(ChannelKind kind, JsonNode p, String label) {
        switch (kind) {
            case DINGTALK -> {
                assertThat(p.at("/actionCard/singleURL").asText()).isEqualTo(LINK);
                assertThat(p.at("/actionCard/singleTitle").asText()).isEqualTo(label);
            }
            case FEISHU -> {
                JsonNode button = p.at("/card/elements/1/actions/0");
                assertThat(button.get("url").asText()).isEqualTo(LINK);
                assertThat(button.at("/text/content").asText()).isEqualTo(label);
            }
            case WECOM -> {
                assertThat(p.at("/template_card/card_action/url").asText()).isEqualTo(LINK);
                assertThat(p.at("/template_card/jump_list/0/url").asText()).isEqualTo(LINK);
                assertThat(p.at("/template_card/jump_list/0/title").asText()).isEqualTo(label);
            }
            default -> throw new IllegalArgumentException();
        }
    }

    @ParameterizedTest
    @EnumSource(ChatCard.Action.class)
    void each_action_is_a_card_in_each_robots_format_with_its_button_task_dates_and_countdown(ChatCard.Action action)
            throws Exception {
        for (ChannelKind kind : ROBOTS) {
            JsonNode p = payload(kind, null, action, "主视觉设计");
            buttonOpensThePage(kind, p, card(action, "x").button());
            String all = p.toString();
            assertThat(all).contains("2031年3月3日 至 2031年3月7日", "剩余 5 个工作日");
            if (action != ChatCard.Action.CONFIRM_ASSIGNMENT) {
                assertThat(all).contains("主视觉设计", "剩余 23 小时 59 分");
            }
            assertThat(all).contains(kind == ChannelKind.WECOM ? "双十一促销" : "项目");
        }
    }

    @ParameterizedTest
    @EnumSource(ChatCard.Action.class)
    void a_hostile_task_name_stays_inert_in_every_card(ChatCard.Action action) throws Exception {
        for (ChannelKind kind : ROBOTS) {
            JsonNode p = payload(kind, null, action, HOSTILE);
            List<String> texts = new ArrayList<>();
            collectTexts(p, texts);
            String typed = String.join("\n", texts.stream().filter(t -> !t.equals(LINK)).toList());
            assertThat(typed).as(kind + ": no mention of everyone, no tag, no clickable link")
                    .doesNotContain("@all", "@所有人", "<at", "<font", "https://evil");
            switch (kind) {
                case DINGTALK -> // markdown: no link or emphasis can be made; the typed stars and brackets are full-width
                        assertThat(p.at("/actionCard/text").asText() + p.at("/actionCard/title").asText())
                                .doesNotContain("](", "**粗**").doesNotContainPattern("\\[[^\\]]*\\]\\(")
                                .contains("＊＊粗＊＊", "［点我］");
                case FEISHU -> // no lark_md anywhere: every text is plain_text, where markdown and tags mean nothing
                        assertThat(p.findValuesAsText("tag")).doesNotContain("lark_md").contains("plain_text");
                default -> { // WeCom's template card shows plain text only (no markdown field in it)
                }
            }
            // shown as typed, only neutralised
            assertThat(typed).contains("@" + ChatText.ZWJ + "all", "＜at user＿id".replace("＿",
                    kind == ChannelKind.DINGTALK ? "＿" : "_"));
        }
    }

    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> collectTexts(child, out));
    }

    @Test
    void a_very_long_task_name_is_cut_within_each_platforms_limits() throws Exception {
        String longName = "很长的任务名".repeat(5000); // 30,000 characters, 90,000 bytes
        for (ChatCard.Action action : ChatCard.Action.values()) {
            JsonNode ding = payload(ChannelKind.DINGTALK, null, action, longName);
            String text = ding.at("/actionCard/text").asText();
            assertThat(text.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WebhookPayloads.DINGTALK_MAX_BYTES);
            assertThat(text).contains("…");
            JsonNode feishu = payload(ChannelKind.FEISHU, null, action, longName);
            assertThat(feishu.toString().getBytes(StandardCharsets.UTF_8).length).as("Feishu's 20 KB")
                    .isLessThan(20 * 1024);
            assertThat(feishu.toString()).contains("…");
            JsonNode wecom = payload(ChannelKind.WECOM, null, action, longName); // the schema holds the lengths
            assertThat(wecom.at("/template_card/main_title/title").asText()).endsWith("…");
            buttonOpensThePage(ChannelKind.DINGTALK, ding, card(action, "x").button());
            buttonOpensThePage(ChannelKind.FEISHU, feishu, card(action, "x").button());
            buttonOpensThePage(ChannelKind.WECOM, wecom, card(action, "x").button());
        }
    }

    @Test
    void the_signatures_do_not_change_with_cards() throws Exception {
        // printf '1700000000\nfs-secret' as the key of an empty message (WebhookPayloadsTest, openssl)
        JsonNode feishu = payload(ChannelKind.FEISHU, "fs-secret", ChatCard.Action.DECIDE, "主视觉");
        assertThat(feishu.get("timestamp").asText()).isEqualTo("1700000000");
        assertThat(feishu.get("sign").asText()).isEqualTo("ognpFOmraex6LA29Ao14dsiNmmjE3YO4x5e/SX8n9Bw=");
        // DingTalk signs in the URL, whatever the body: the same value as for a markdown message
        String url = WebhookPayloads.url(ChannelKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t",
                "SECdemo", AT);
        assertThat(java.net.URLDecoder.decode(url.substring(url.indexOf("sign=") + 5), StandardCharsets.UTF_8))
                .isEqualTo("lOvVf9TQCVugV68mGbSZCg0gzOl1SVjxWi1MyVZCUuA=");
        payload(ChannelKind.DINGTALK, "SECdemo", ChatCard.Action.DECIDE, "主视觉"); // no signature in the body
    }

    @Test
    void the_schemas_refuse_what_the_platforms_would_refuse() throws Exception {
        // a check that cannot fail proves nothing: each schema rejects a broken card of its platform
        JsonNode ding = JSON.readTree(WebhookPayloads.body(ChannelKind.DINGTALK, null, "s", "s", LINK,
                card(ChatCard.Action.DECIDE, "t"), AT));
        ((com.fasterxml.jackson.databind.node.ObjectNode) ding.get("actionCard")).remove("singleURL");
        assertThat(SCHEMAS.get(ChannelKind.DINGTALK).validate(ding)).isNotEmpty();
        JsonNode feishu = JSON.readTree(WebhookPayloads.body(ChannelKind.FEISHU, null, "s", "s", LINK,
                card(ChatCard.Action.DECIDE, "t"), AT));
        ((com.fasterxml.jackson.databind.node.ObjectNode) feishu.at("/card/header")).put("template", "pink");
        assertThat(SCHEMAS.get(ChannelKind.FEISHU).validate(feishu)).isNotEmpty();
        JsonNode wecom = JSON.readTree(WebhookPayloads.body(ChannelKind.WECOM, null, "s", "s", LINK,
                card(ChatCard.Action.DECIDE, "t"), AT));
        ((com.fasterxml.jackson.databind.node.ObjectNode) wecom.at("/template_card/main_title")).put("title",
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七");
        assertThat(SCHEMAS.get(ChannelKind.WECOM).validate(wecom)).isNotEmpty();
    }

    @Test
    void the_generic_hook_keeps_its_format_and_a_card_survives_its_json() throws Exception {
        CardText card = card(ChatCard.Action.UPDATE_PROGRESS, HOSTILE);
        assertThat(CardText.fromJson(card.toJson())).isEqualTo(card);
        JsonNode generic = JSON.readTree(WebhookPayloads.body(ChannelKind.GENERIC, null, "s", "t", LINK, card, AT));
        assertThat(generic.get("title").asText()).isEqualTo("s");
        assertThat(generic.get("link").asText()).isEqualTo(LINK);
    }
}
