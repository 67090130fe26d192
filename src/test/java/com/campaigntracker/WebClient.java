package com.campaigntracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A browser without a browser, over real HTTP to the test server: its own cookies (so its own HTTP
 * session), redirects not followed, and optionally a client address of its own, sent as a load balancer
 * would ({@code X-Forwarded-For}, which Tomcat's RemoteIpValve trusts from loopback).
 */
public final class WebClient {

    private final int port;
    private final String address;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebClient(int port) {
        this(port, null);
    }

    public WebClient(int port, String address) {
        this.port = port;
        this.address = address;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET of bytes: a file. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST with an empty JSON body, as Vaadin's heartbeat ({@code /?v-r=heartbeat&v-uiId=0}). */
    public HttpResponse<String> postJson(String path) {
        return send(request(path).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
    }

    /** Opens the login page, then posts the form as the browser does. */
    public HttpResponse<String> signIn(String username, String password) {
        get("/login");
        return postForm(username, password);
    }

    /** Posts the login form alone (no page load first). */
    public HttpResponse<String> postForm(String username, String password) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** A GET with HTTP Basic, as Prometheus scrapes the actuator. */
    public HttpResponse<String> getWithBasic(String path, String username, String password) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + credentials).GET().build());
    }

    /** Where a redirect points, or "" for none. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (address != null) {
            builder.header("X-Forwarded-For", address);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
