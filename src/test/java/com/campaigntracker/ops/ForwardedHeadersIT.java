package com.campaigntracker.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * Issue 19, L5: X-Forwarded-* headers are believed from a proxy on this machine only (unless the operator
 * names theirs), not from every private address, where on an intranet any client could fake its address,
 * scheme and host; through a trusted proxy that says https, the session cookie is Secure; plain
 * http://localhost keeps working without it.
 */
class ForwardedHeadersIT extends IntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    ServletWebServerApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void forwarded_headers_are_believed_from_loopback_proxies_only_not_from_private_addresses() {
        RemoteIpValve valve = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getEngine()
                        .getPipeline().getValves())
                .filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast).findFirst().orElseThrow();
        Pattern trusted = Pattern.compile(valve.getInternalProxies());

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        // an intranet client, a container next door, a VPN peer: their headers are not believed
        assertThat(trusted.matcher("10.0.5.23").matches()).isFalse();
        assertThat(trusted.matcher("192.168.1.20").matches()).isFalse();
        assertThat(trusted.matcher("172.16.0.9").matches()).isFalse();
        assertThat(trusted.matcher("169.254.1.1").matches()).isFalse();
    }

    @Test
    void over_plain_http_the_session_cookie_works_and_through_a_trusted_https_proxy_it_is_secure() throws Exception {
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String plainCookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(plainCookie).startsWith("JSESSIONID=").doesNotContainIgnoringCase("secure");

        // nginx on this machine, TLS ending there (ops/cluster/nginx.conf.template)
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "tracker.example.com")
                .header("X-Forwarded-Port", "443").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(proxied.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("; Secure");
    }
}
