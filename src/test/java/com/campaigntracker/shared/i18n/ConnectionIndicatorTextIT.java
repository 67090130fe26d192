package com.campaigntracker.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The connection indicator ("Online") is made by Vaadin's bootstrap before the UI's first answer, so its text
 * comes with the page itself, in the language the page is served in (the walk once read "Online" on the
 * Chinese login page when the browser drew the indicator before the UI's script ran).
 */
class ConnectionIndicatorTextIT extends IntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void the_page_gives_the_indicator_its_text_in_the_pages_language() throws Exception {
        assertThat(headScripts("zh-CN")).contains("\"已连接\"").doesNotContain("\"Online\"");
        assertThat(headScripts("en")).contains("\"Online\"");
    }

    private String headScripts(String language) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/login")).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Document html = Jsoup.parse(page.body());
        return html.head().select("script").stream().map(s -> s.data()).reduce("", String::concat);
    }
}
