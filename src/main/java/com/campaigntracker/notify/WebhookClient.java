package com.campaigntracker.notify;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import jakarta.annotation.PreDestroy;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.DefaultHttpClientConnectionOperator;
import org.apache.hc.client5.http.io.DetachedSocketFactory;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.springframework.stereotype.Component;

/**
 * POSTs a webhook's JSON under the {@link EgressPolicy} (M1, L7). DNS rebinding gains nothing: the
 * client's resolver is ours, and its sockets refuse, at {@code connect}, any address the policy does
 * not accept, so the request goes to exactly the address that was checked; TLS still verifies the
 * certificate against the URL's host name (and sends it as SNI), because only the socket is ours.
 * No redirects, no retries, no proxy, no cookies; connect 5 s, whole request 10 s; at most 16 KB of the
 * answer is read, the rest is never downloaded.
 */
@Component
class WebhookClient {

    static final int MAX_BODY = 16 * 1024;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final EgressPolicy policy;
    private final TlsSocketStrategy tls;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-deadline");
        t.setDaemon(true);
        return t;
    });

    WebhookClient(EgressPolicy policy) {
        this.policy = policy;
        try {
            this.tls = ClientTlsStrategyBuilder.create().setSslContext(SSLContext.getDefault()).buildClassic();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the server answered: its status and the start of its body (at most {@link #MAX_BODY} bytes). */
    record Answer(int status, String body, boolean cut) {
    }

    /** A request the egress policy does not allow: never retried. */
    static class Refused extends IOException {
        final String messageKey;

        Refused(String messageKey, String detail) {
            super("refused by the egress policy (" + messageKey + ")" + (detail == null ? "" : ": " + detail));
            this.messageKey = messageKey;
        }
    }

    Answer post(ChannelKind kind, String url, String json) throws IOException {
        EgressPolicy.Destination destination;
        try {
            destination = policy.destination(kind, url);
        } catch (NotifyException e) {
            throw new Refused(e.messageKey(), null);
        }
        AtomicReference<Refused> refused = new AtomicReference<>();
        HttpPost post = new HttpPost(destination.uri());
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        ScheduledFuture<?> deadline = deadlines.schedule(() -> post.cancel(), REQUEST_TIMEOUT.toMillis(),
                TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = client(destination, refused)) {
            ClassicHttpResponse response = client.executeOpen(null, post, null);
            try {
                return read(response.getCode(), response.getEntity());
            } finally {
                post.cancel(); // drops the connection: the rest of the body is never read
                closeQuietly(response);
            }
        } catch (IOException | RuntimeException e) {
            if (refused.get() != null) {
                throw refused.get();
            }
            if (post.isCancelled() && deadline.isDone()) {
                throw new IOException("no complete answer within " + REQUEST_TIMEOUT.toSeconds() + " s");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    /** The status and the answer's first {@link #MAX_BODY} bytes, and whether more followed. */
    private static Answer read(int status, HttpEntity entity) throws IOException {
        if (entity == null) {
            return new Answer(status, "", false);
        }
        InputStream in = entity.getContent();
        byte[] buffer = new byte[MAX_BODY + 1];
        int n = 0;
        while (n < buffer.length) {
            int r = in.read(buffer, n, buffer.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return new Answer(status, new String(buffer, 0, Math.min(n, MAX_BODY), StandardCharsets.UTF_8), n > MAX_BODY);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException | RuntimeException e) {
            // the connection was dropped on purpose
        }
    }

    /** One client per request: its resolver, sockets and the allow-list decision belong to this request alone. */
    private CloseableHttpClient client(EgressPolicy.Destination destination, AtomicReference<Refused> refused) {
        DnsResolver dns = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return policy.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        DetachedSocketFactory sockets = new DetachedSocketFactory() {
            @Override
            public Socket create(Proxy proxy) {
                return new CheckedSocket(destination.internalAllowed(), refused);
            }

            @Override
            public Socket create(String schemeName, Proxy proxy) {
                return create(proxy);
            }
        };
        var operator = new DefaultHttpClientConnectionOperator(sockets, DefaultSchemePortResolver.INSTANCE, dns,
                RegistryBuilder.<TlsSocketStrategy>create().register("https", tls).build());
        var connections = new BasicHttpClientConnectionManager(operator, null);
        connections.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.of(CONNECT_TIMEOUT))
                .setSocketTimeout(Timeout.of(REQUEST_TIMEOUT)).build());
        return HttpClients.custom().setConnectionManager(connections).disableRedirectHandling()
                .disableAutomaticRetries().disableCookieManagement().disableContentCompression().disableAuthCaching()
                .setUserAgent("CampaignTracker-Webhook")
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(REQUEST_TIMEOUT))
                        .setRedirectsEnabled(false).build())
                .build();
    }

    /** A socket that connects only where the policy allows; never through a proxy. */
    private final class CheckedSocket extends Socket {
        private final boolean internalAllowed;
        private final AtomicReference<Refused> refused;

        CheckedSocket(boolean internalAllowed, AtomicReference<Refused> refused) {
            super(Proxy.NO_PROXY);
            this.internalAllowed = internalAllowed;
            this.refused = refused;
        }

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (!(endpoint instanceof InetSocketAddress address) || address.isUnresolved()) {
                throw new ConnectException("not a resolved address: " + endpoint);
            }
            EgressPolicy.Refusal refusal = policy.refusal(address.getAddress(), address.getPort(), internalAllowed);
            if (refusal != null) {
                Refused why = new Refused(refusal.messageKey(), address.getAddress().getHostAddress() + ":" + address.getPort());
                refused.compareAndSet(null, why);
                close();
                throw new ConnectException(why.getMessage());
            }
            super.connect(endpoint, timeout);
        }
    }

    @PreDestroy
    void stop() {
        deadlines.shutdownNow();
    }
}
