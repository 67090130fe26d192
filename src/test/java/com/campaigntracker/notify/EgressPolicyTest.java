package com.campaigntracker.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** Which addresses count as internal (M1): every block an attacker could aim a webhook at. */
class EgressPolicyTest {

    private static boolean internal(String ip) throws Exception {
        return EgressPolicy.isInternal(InetAddress.getByName(ip));
    }

    @Test
    void loopback_private_link_local_cgnat_multicast_reserved_and_unspecified_ipv4_are_internal() throws Exception {
        for (String ip : new String[] {"127.0.0.1", "127.255.255.254", "10.0.0.1", "10.255.255.255", "172.16.0.1",
                "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.100.100.200", "100.127.255.255",
                "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "192.0.0.192",
                "192.0.2.5", "198.18.0.1", "198.51.100.7", "203.0.113.9"}) {
            assertThat(internal(ip)).as(ip).isTrue();
        }
    }

    @Test
    void ipv6_loopback_unique_local_link_local_multicast_and_embedded_internal_ipv4_are_internal() throws Exception {
        for (String ip : new String[] {"::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1", "ff02::1",
                "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::",
                "2001:db8::1", "2001:0:4136:e378::1", "100::1"}) {
            assertThat(internal(ip)).as(ip).isTrue();
        }
    }

    @Test
    void public_addresses_are_not() throws Exception {
        for (String ip : new String[] {"8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255", "100.128.0.1",
                "172.15.255.255", "172.32.0.1", "169.253.0.1", "11.0.0.1", "2606:4700:4700::1111", "64:ff9b::808:808",
                "2002:808:808::"}) {
            assertThat(internal(ip)).as(ip).isFalse();
        }
    }

    @Test
    void loopback_and_the_wildcard_address_are_this_machine() throws Exception {
        assertThat(EgressPolicy.isLocal(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(EgressPolicy.isLocal(InetAddress.getByName("0.0.0.0"))).isTrue();
        assertThat(EgressPolicy.isLocal(InetAddress.getByName("::1"))).isTrue();
        assertThat(EgressPolicy.isLocal(InetAddress.getByName("93.184.215.14"))).isFalse();
    }
}
