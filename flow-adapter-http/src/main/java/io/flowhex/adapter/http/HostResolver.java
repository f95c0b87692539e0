package io.flowhex.adapter.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Every address a host name stands for; the JDK's resolver in production, a table in tests. */
@FunctionalInterface
interface HostResolver {

    HostResolver SYSTEM = InetAddress::getAllByName;

    InetAddress[] resolve(String host) throws UnknownHostException;
}
