package com.campaigntracker.notify;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (M1). A chat robot's URL must be its vendor's official host over https; a
 * generic webhook any public host over https. Loopback, private, link-local (cloud metadata), CGNAT,
 * multicast, reserved and unspecified addresses (also IPv4-mapped, NAT64 and 6to4 forms) are refused
 * unless an administrator allowed the host by name; this app's own ports on a local address always.
 * Checked when a channel is saved and again for every connection (see {@link WebhookClient}).
 */
@Component
class EgressPolicy {

    /** The robots' official webhook hosts (DingTalk, Feishu and Lark, WeCom), over https only. */
    static final Map<ChannelKind, List<String>> OFFICIAL_HOSTS = Map.of(
            ChannelKind.DINGTALK, List.of("oapi.dingtalk.com"),
            ChannelKind.FEISHU, List.of("open.feishu.cn", "open.larksuite.com"),
            ChannelKind.WECOM, List.of("qyapi.weixin.qq.com"));

    /** Hosts written only with digits, dots and hex: anything but a plain dotted quad is ambiguous (2130706433, 0x7f.1, 0177.0.0.1). */
    private static final Pattern NUMERIC_HOST = Pattern.compile("^(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]*))*$");
    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$");

    /** IPv4 blocks no webhook may reach without an administrator's leave: {address, prefix length}. */
    private static final int[][] INTERNAL_V4 = {
            {ip(0, 0, 0, 0), 8}, {ip(10, 0, 0, 0), 8}, {ip(100, 64, 0, 0), 10}, {ip(127, 0, 0, 0), 8},
            {ip(169, 254, 0, 0), 16}, {ip(172, 16, 0, 0), 12}, {ip(192, 0, 0, 0), 24}, {ip(192, 0, 2, 0), 24},
            {ip(192, 88, 99, 0), 24}, {ip(192, 168, 0, 0), 16}, {ip(198, 18, 0, 0), 15}, {ip(198, 51, 100, 0), 24},
            {ip(203, 0, 113, 0), 24}, {ip(224, 0, 0, 0), 4}, {ip(240, 0, 0, 0), 4}};

    private final AllowedHostsService allowed;
    private final HostResolver resolver;
    private final AppPorts ports;

    @Autowired
    EgressPolicy(AllowedHostsService allowed, AppPorts ports) {
        this(allowed, HostResolver.SYSTEM, ports);
    }

    /** With another resolver: tests play a DNS server that changes its answers. */
    EgressPolicy(AllowedHostsService allowed, HostResolver resolver, AppPorts ports) {
        this.allowed = allowed;
        this.resolver = resolver;
        this.ports = ports;
    }

    /** Where a webhook URL points, once its form is accepted; the addresses are checked at each connection. */
    record Destination(URI uri, String host, int port, boolean internalAllowed) {
    }

    /** The URL's form and host, without resolving it. @throws NotifyException why it is refused */
    Destination destination(ChannelKind kind, String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            throw new NotifyException("channel.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawAuthority() == null || uri.getRawAuthority().contains("@")) {
            throw new NotifyException("channel.error.url");
        }
        String host = AllowedHostsService.normalise(uri.getHost());
        if (NUMERIC_HOST.matcher(host).matches() && !DOTTED_QUAD.matcher(host).matches()) {
            throw new NotifyException("channel.error.ipForm", uri.getHost());
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        boolean internalAllowed = allowed.isAllowed(host);
        if (!internalAllowed) {
            List<String> official = OFFICIAL_HOSTS.get(kind);
            if (official != null && !official.contains(host)) {
                throw new NotifyException("channel.error.officialHost", String.join(", ", official));
            }
            if (!scheme.equals("https")) {
                throw new NotifyException("channel.error.https");
            }
        }
        return new Destination(uri, host, port, internalAllowed);
    }

    /**
     * At save time: the form, and every address the host resolves to now. A name that does not resolve
     * yet passes: each connection is checked anyway.
     */
    void check(ChannelKind kind, String url) {
        Destination d = destination(kind, url);
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(d.host());
        } catch (UnknownHostException e) {
            return;
        }
        for (InetAddress address : addresses) {
            Refusal refusal = refusal(address, d.port(), d.internalAllowed());
            if (refusal != null) {
                throw new NotifyException(refusal.messageKey(), address.getHostAddress());
            }
        }
    }

    InetAddress[] resolve(String host) throws UnknownHostException {
        return resolver.resolve(host);
    }

    /** Why a connection to this address and port is refused, or null when it may go ahead. */
    Refusal refusal(InetAddress address, int port, boolean internalAllowed) {
        if (ports.contains(port) && isLocal(address)) {
            return Refusal.OWN_PORT;
        }
        if (!internalAllowed && isInternal(address)) {
            return Refusal.INTERNAL;
        }
        return null;
    }

    enum Refusal {
        INTERNAL("channel.error.internal"), OWN_PORT("channel.error.ownPort");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    /** This machine: loopback, the wildcard address, or an address of one of its interfaces. */
    static boolean isLocal(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress()) {
            return true;
        }
        try {
            return NetworkInterface.getByInetAddress(a) != null;
        } catch (SocketException e) {
            return true; // cannot tell: treat as ours
        }
    }

    static boolean isInternal(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
            for (int[] block : INTERNAL_V4) {
                int mask = -1 << (32 - block[1]);
                if ((ip & mask) == (block[0] & mask)) {
                    return true;
                }
            }
            return false;
        }
        if (a instanceof Inet6Address) {
            if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                    || a.isMulticastAddress()) {
                return true;
            }
            if (zeros(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0))) {
                return isInternal(v4(b, 12)); // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d
            }
            if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && zeros(b, 4, 12)) {
                return isInternal(v4(b, 12)); // NAT64 64:ff9b::a.b.c.d
            }
            if (b[0] == 0x20 && b[1] == 0x02) {
                return isInternal(v4(b, 2)); // 6to4 2002:aabb:ccdd::
            }
            return (b[0] & 0xfe) == 0xfc // unique local fc00::/7
                    || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == (byte) 0xb8) // documentation 2001:db8::/32
                    || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0) // Teredo 2001::/32
                    || (b[0] == 0x01 && b[1] == 0 && zeros(b, 2, 8)); // discard 100::/64
        }
        return true;
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] b, int at) {
        try {
            return InetAddress.getByAddress(new byte[] {b[at], b[at + 1], b[at + 2], b[at + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int ip(int a, int b, int c, int d) {
        return (a << 24) | (b << 16) | (c << 8) | d;
    }
}
