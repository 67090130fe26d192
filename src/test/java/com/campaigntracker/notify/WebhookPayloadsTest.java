package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The robots' formats and signatures, checked against values computed independently with openssl. */
class WebhookPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.ofEpochMilli(1_700_000_000_000L);

    @Test
    void dingtalk_signs_timestamp_and_secret_with_the_secret_in_the_query() {
        String url = WebhookPayloads.url(ChannelKind.DINGTALK, "https://oapi.dingtalk.com/robot/send?access_token=t",
                "SECdemo", AT);
        // printf '1700000000000\nSECdemo' | openssl dgst -sha256 -hmac SECdemo -binary | base64
        assertThat(url).startsWith("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000000&sign=");
        assertThat(URLDecoder.decode(url.substring(url.indexOf("sign=") + 5), StandardCharsets.UTF_8))
                .isEqualTo("lOvVf9TQCVugV68mGbSZCg0gzOl1SVjxWi1MyVZCUuA=");
        assertThat(WebhookPayloads.url(ChannelKind.DINGTALK, "https://x/send?access_token=t", null, AT))
                .isEqualTo("https://x/send?access_token=t");
    }

    @Test
    void feishu_signs_with_timestamp_and_secret_as_the_key_of_an_empty_message() throws Exception {
        JsonNode body = JSON.readTree(WebhookPayloads.body(ChannelKind.FEISHU, "fs-secret", "周报", "第一行", null, AT));
        assertThat(body.get("timestamp").asText()).isEqualTo("1700000000");
        assertThat(body.get("sign").asText()).isEqualTo("ognpFOmraex6LA29Ao14dsiNmmjE3YO4x5e/SX8n9Bw=");
        assertThat(body.get("msg_type").asText()).isEqualTo("text");
        assertThat(body.at("/content/text").asText()).isEqualTo("周报\n第一行");
    }

    @Test
    void user_text_cannot_make_links_in_markdown_and_long_texts_are_cut_for_wecom() throws Exception {
        JsonNode ding = JSON.readTree(WebhookPayloads.body(ChannelKind.DINGTALK, null, "周报",
                "任务 [点我](http://evil.example) *粗*", "https://app/projects/1", AT));
        String text = ding.at("/markdown/text").asText();
        assertThat(text).contains("［点我］(http:\u200B//evil.example) ＊粗＊");
        assertThat(text).endsWith("[https://app/projects/1](https://app/projects/1)"); // our own link stays a link

        JsonNode wecom = JSON.readTree(WebhookPayloads.body(ChannelKind.WECOM, null, "周报", "风险".repeat(3000),
                "https://app/projects/1", AT));
        String content = wecom.at("/markdown/content").asText();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
        assertThat(content).contains("…").endsWith("(https://app/projects/1)");
    }

    @Test
    void the_generic_hook_gets_title_text_link_and_time() throws Exception {
        JsonNode body = JSON.readTree(WebhookPayloads.body(ChannelKind.GENERIC, null, "周报", "内容", "https://app/x", AT));
        assertThat(body.get("title").asText()).isEqualTo("周报");
        assertThat(body.get("text").asText()).isEqualTo("内容");
        assertThat(body.get("link").asText()).isEqualTo("https://app/x");
        assertThat(body.get("sentAt").asText()).isEqualTo("2023-11-14T22:13:20Z");
    }
}
