package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * L6: what people type reaches each robot inert. A blocked reason or risk description cannot mention
 * everyone, make a link, a heading, emphasis, an image, a quote or an HTML tag in DingTalk, Feishu or
 * WeCom; it still reads as typed, and the app's own link stays a link.
 */
class ChatTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);
    private static final String LINK = "https://tracker.example.com/projects/7/digest";

    private static String feishu(String typed) throws Exception {
        return JSON.readTree(WebhookPayloads.body(ChannelKind.FEISHU, null, "周报", typed, LINK, AT)).at("/content/text")
                .asText();
    }

    private static JsonNode dingtalk(String typed) throws Exception {
        return JSON.readTree(WebhookPayloads.body(ChannelKind.DINGTALK, null, "周报 " + typed, typed, LINK, AT))
                .get("markdown");
    }

    private static String wecom(String typed) throws Exception {
        return JSON.readTree(WebhookPayloads.body(ChannelKind.WECOM, null, "周报", typed, LINK, AT)).at("/markdown/content")
                .asText();
    }

    @Test
    void feishu_text_cannot_mention_everyone_or_anyone_nor_carry_a_clickable_address() throws Exception {
        String text = feishu("阻塞：<at user_id=\"all\">所有人</at> 请看 <at user_id=\"ou_123\">Tom</at> "
                + "@所有人 @all 详情 https://evil.example/login 或 www.evil.example");
        assertThat(text).doesNotContain("<at").doesNotContain("</at>").contains("＜at user_id=\"all\"＞所有人＜/at＞");
        assertThat(text).doesNotContain("@所有人").doesNotContain("@all").contains("@\u200D所有人").contains("@\u200Dall");
        assertThat(text).doesNotContain("https://evil").contains("https:\u200B//evil.example/login")
                .doesNotContain("www.evil").contains("www\u200B.evil.example");
        assertThat(text).endsWith("\n\n" + LINK); // the app's own link, untouched
        assertThat(feishu("<a href=\"https://evil\">x</a>")).doesNotContain("<a").contains("＜a href=");
    }

    @Test
    void dingtalk_markdown_cannot_make_links_images_headings_emphasis_html_or_mentions() throws Exception {
        JsonNode md = dingtalk("[登录](https://evil.example) ![img](https://evil.example/x.png)\n# 大标题\n**粗** *斜* "
                + "__下__ ~~删~~ `code` > 引用 <font color=\"red\">红</font> @所有人 \\*转义\\* | 表 |\n===");
        String text = md.get("text").asText();
        String typed = text.substring(text.indexOf("\n\n") + 2, text.lastIndexOf("\n\n["));
        assertThat(typed).doesNotContain("[").doesNotContain("](").doesNotContain("![").doesNotContain("**")
                .doesNotContain("*").doesNotContain("__").doesNotContain("~~").doesNotContain("`").doesNotContain("<")
                .doesNotContain(">").doesNotContain("#").doesNotContain("\\").doesNotContain("|").doesNotContain("===")
                .doesNotContain("@所有人").doesNotContain("://");
        assertThat(typed).contains("［登录］(https:\u200B//evil.example)").contains("＃ 大标题").contains("＊＊粗＊＊")
                .contains("＜font color＝\"red\"＞红＜/font＞").contains("@\u200D所有人");
        assertThat(text).startsWith("### 周报 ［登录］").endsWith("\n\n[" + LINK + "](" + LINK + ")");
        assertThat(md.get("title").asText()).doesNotContain("<").doesNotContain("://");
    }

    @Test
    void wecom_markdown_cannot_mention_a_member_or_colour_text_or_link() throws Exception {
        String content = wecom("<@zhangsan> <@all> @all 看 [这里](http://evil.example) <font color=\"warning\">急</font>"
                + " **重要** # 标题");
        String typed = content.substring(content.indexOf("**\n") + 3, content.lastIndexOf("\n["));
        assertThat(typed).doesNotContain("<@").doesNotContain("<font").doesNotContain("[").doesNotContain("**")
                .doesNotContain("#").doesNotContain("@all").doesNotContain("://");
        assertThat(typed).contains("＜@zhangsan＞").contains("@\u200Dall").contains("［这里］");
        assertThat(content).startsWith("**周报**\n").endsWith("[" + LINK + "](" + LINK + ")");
    }

    @Test
    void ordinary_text_and_addresses_that_merely_contain_all_read_as_typed() throws Exception {
        assertThat(feishu("联系 alice@allegro.example，进度 80%（周三）")).contains("联系 alice@allegro.example，进度 80%（周三）");
        assertThat(wecom("主视觉 - 设计稿 3/5")).contains("主视觉 - 设计稿 3/5");
    }

    @Test
    void bidirectional_overrides_are_dropped() throws Exception {
        assertThat(feishu("invoice\u202Egnp.exe")).contains("invoicegnp.exe");
    }
}
