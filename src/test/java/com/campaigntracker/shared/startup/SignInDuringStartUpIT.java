package com.campaigntracker.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaigntracker.Application;
import com.campaigntracker.IntegrationTest;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first start on a fresh data folder: while the demo data is written nobody can reach the server (so
 * a right password is never refused as wrong); once it answers, {@code zhang} / {@code demo} signs in.
 */
class SignInDuringStartUpIT {

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void the_server_answers_only_once_the_demo_is_loaded_and_then_the_demo_password_signs_in() throws Exception {
        int port = freePort();
        Path dataDir = IntegrationTest.freshDataDir(Path.of("target", "startup-db"));
        CountDownLatch preparing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a step of the start-up that runs after the demo data, like every other one before serving
        BeforeServing gate = new BeforeServing() {
            @Override
            protected void prepare() {
                preparing.countDown();
                try {
                    release.await(3, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public int getPhase() {
                return PHASE + 10;
            }
        };
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(Application.class)
                        .initializers(ctx -> ctx.getBeanFactory().registerSingleton("startUpGate", gate))
                        .run("--server.port=" + port, "--app.data-dir=" + dataDir, "--app.demo-data=true", "--app.scheduling.enabled=false",
                                "--vaadin.devmode.devTools.enabled=false", "--spring.jmx.enabled=false"));
        try {
            assertThat(preparing.await(4, TimeUnit.MINUTES)).as("start-up reached the step after the demo").isTrue();
            assertThat(starting).isNotDone();
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);

            release.countDown();
            try (ConfigurableApplicationContext app = starting.get(2, TimeUnit.MINUTES)) {
                JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForObject("select count(*) from project", Long.class)).isEqualTo(5);

                HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
                assertThat(signIn(http, port, "zhang", "demo").headers().firstValue("Location"))
                        .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
                assertThat(signIn(http, port, "zhang", "wrong").headers().firstValue("Location"))
                        .hasValueSatisfying(to -> assertThat(to).contains("login?error"));
            }
        } finally {
            release.countDown();
            if (!starting.isDone()) {
                starting.cancel(true);
            }
        }
    }

    private static HttpResponse<String> signIn(HttpClient http, int port, String username, String password)
            throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=" + password)).build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(302);
        return response;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
