package org.advocacy.notifications.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Keeps partners from aiming the platform at a network it can reach and they cannot: an endpoint
 * must be http(s) on a public address. Checked when an endpoint is registered and again before each
 * attempt, since what a name resolves to may change. Devstack allows private targets.
 */
@Component
class TargetGuard {

    private final boolean allowPrivateTargets;

    TargetGuard(WebhookProperties properties) {
        this.allowPrivateTargets = properties.allowPrivateTargets();
    }

    /** @throws TargetRefused naming why the URL may not be a target */
    void check(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new TargetRefused("must be an http or https URL");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new TargetRefused("must name a host");
        }
        if (url.getUserInfo() != null) {
            throw new TargetRefused("must not carry a user name or password");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            throw new TargetRefused("names a host that does not resolve");
        }
        if (allowPrivateTargets) {
            return;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                throw new TargetRefused("resolves to a loopback, private, link-local or multicast address");
            }
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // Unique local fc00::/7, and IPv4 mapped into IPv6 checked as IPv4.
            if ((bytes[0] & 0xfe) == 0xfc) {
                return false;
            }
            if (isIpv4Mapped(bytes)) {
                try {
                    return isPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
            return true;
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        // 0/8 "this network", 100.64/10 carrier-grade NAT, 198.18/15 benchmarking, 240/4 reserved.
        return first != 0 && !(first == 100 && second >= 64 && second < 128)
                && !(first == 198 && (second == 18 || second == 19)) && first < 240;
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** The URL may not be a webhook target; the message says why, naming no address. */
    static class TargetRefused extends RuntimeException {

        TargetRefused(String reason) {
            super(reason);
        }
    }
}
