package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FetchRefusedException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides, before any connection, whether one URL of a download (the first or a redirect target)
 * may be fetched: scheme, shape, allow-list, then every address its host resolves to. A host that
 * resolves to several addresses is refused if any of them is refused, because the connection may
 * go to any of them.
 */
final class TargetCheck {

    private final FetchSettings settings;
    private final HostResolver resolver;

    TargetCheck(FetchSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * @param hop 0 for the client's URL, n for the n-th redirect target
     */
    void check(URI url, int hop) throws FetchRefusedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Refusals.notHttp(hop);
        }
        if (url.isOpaque() || url.getHost() == null || url.getRawUserInfo() != null) {
            throw Refusals.invalidUrl(hop);
        }
        String host = url.getHost();
        if (!settings.allowsHost(host)) {
            throw Refusals.hostNotAllowed(hop);
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(withoutZone(host));
        } catch (UnknownHostException e) {
            throw Refusals.unknownHost(hop);
        }
        if (addresses.length == 0) {
            throw Refusals.unknownHost(hop);
        }
        checkAddresses(addresses, hop);
    }

    /**
     * An IPv6 literal may name its interface ({@code [fe80::1%25eth0]}); the address is judged
     * without it, since an interface this machine lacks would make the lookup fail and hide a
     * link-local address behind "not found".
     */
    private static String withoutZone(String host) {
        int zone = host.indexOf('%');
        return host.startsWith("[") && zone > 0 ? host.substring(0, zone) + "]" : host;
    }

    private void checkAddresses(InetAddress[] addresses, int hop) throws FetchRefusedException {
        boolean anyPrivate = false;
        for (InetAddress address : addresses) {
            AddressClass kind = AddressClass.of(address);
            if (kind == AddressClass.LINK_LOCAL) {
                throw Refusals.linkLocal(hop);
            }
            anyPrivate |= kind == AddressClass.PRIVATE;
        }
        if (anyPrivate && !settings.allowPrivateAddresses()) {
            throw Refusals.privateAddress(hop);
        }
    }
}
