package com.campaigntracker.pwa;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.WebClient;
import com.campaigntracker.tracking.TrackingRoutes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a phone fetches to install the app, and what its service worker caches, is served without signing in
 * (the browser fetches the manifest and icons from the login page, and the worker installs there), and none of
 * it is a page of anyone's data: the manifest is ours (with the name's language and the scope), the icons are
 * PNGs of their declared sizes, the offline page is the static one in both languages.
 */
class InstallableAppIT extends IntegrationTest {

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void the_login_page_links_the_manifest_and_the_manifest_opens_my_tasks() throws Exception {
        WebClient anonymous = new WebClient(port);
        Document login = Jsoup.parse(anonymous.get("/login").body(), "http://localhost:" + port + "/login");
        String manifestUrl = login.head().selectFirst("link[rel=manifest]").absUrl("href");
        assertThat(manifestUrl).isEqualTo("http://localhost:" + port + "/manifest.webmanifest");

        HttpResponse<String> manifest = anonymous.get("/manifest.webmanifest");
        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type").orElse("")).startsWith("application/manifest+json");
        JsonNode m = json.readTree(manifest.body());
        assertThat(m.path("name").asText()).isEqualTo("营销执行进度跟进");
        assertThat(m.path("lang").asText()).isEqualTo("zh-CN");
        assertThat(m.path("display").asText()).isEqualTo("standalone");
        URI base = URI.create(manifestUrl);
        assertThat(base.resolve(m.path("start_url").asText()).getPath()).isEqualTo("/" + TrackingRoutes.MY_TASKS);
        assertThat(base.resolve(m.path("scope").asText()).getPath()).isEqualTo("/");

        assertThat(m.path("icons").size()).isGreaterThanOrEqualTo(2);
        for (JsonNode icon : m.path("icons")) {
            HttpResponse<byte[]> png = anonymous.getBytes(base.resolve(icon.path("src").asText()).getPath());
            assertThat(png.statusCode()).as(icon.toString()).isEqualTo(200);
            assertThat(png.headers().firstValue("Content-Type").orElse("")).as(icon.toString()).startsWith("image/png");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(image.getWidth() + "x" + image.getHeight()).isEqualTo(icon.path("sizes").asText());
        }
        // the page names the same icons for iOS, which reads no manifest icons
        String appleIcon = login.head().selectFirst("link[rel=apple-touch-icon]").absUrl("href");
        assertThat(anonymous.getBytes(URI.create(appleIcon).getPath()).statusCode()).isEqualTo(200);
    }

    @Test
    void the_service_worker_and_the_offline_page_are_served_without_signing_in() {
        WebClient anonymous = new WebClient(port);
        HttpResponse<String> worker = anonymous.get("/sw.js");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Cache-Control").orElse("")).contains("no-cache");
        // ours, not Vaadin's generated worker: it caches the offline page alone, and no page of anyone's
        assertThat(worker.body()).contains("const VERSION = \"ct-offline-v", "\"offline.html\"")
                .doesNotContain("precacheAndRoute", "workbox");

        HttpResponse<String> offline = anonymous.get("/offline.html");
        assertThat(offline.statusCode()).isEqualTo(200);
        assertThat(offline.body()).contains("网络已断开", "重试", "You are offline", "Try again");
        HttpResponse<byte[]> icon = anonymous.getBytes("/icons/icon.png");
        assertThat(icon.statusCode()).isEqualTo(200);
    }
}
