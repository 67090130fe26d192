package com.campaigntracker.notify;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns a host name into addresses: the system's DNS in the app. Webhook connections go only to the
 * addresses it returned and the egress policy accepted, so a name that changes its answer between
 * the check and the connection (DNS rebinding) gains nothing.
 */
@FunctionalInterface
interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
