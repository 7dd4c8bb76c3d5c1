package io.masthead.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which URLs may receive webhooks. Without this check an API key could make the server POST into its own
 * network (cloud metadata, databases, admin consoles), so every address a host resolves to must be public,
 * unless the operator allow-lists the host. Checked at registration and again before every attempt, because
 * DNS answers can change in between. Application-scoped so that the validator, which Hibernate Validator
 * creates before runtime configuration is available, gets a proxy that reads the configuration later.
 */
@ApplicationScoped
public class TargetPolicy {
    private static final byte[] NAT64_PREFIX = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
    private static final byte[] IPV4_COMPATIBLE_PREFIX = new byte[12];

    private final Set<String> allowedPrivateHosts;
    private final HostResolver resolver;

    @Inject
    TargetPolicy(WebhookConfig config, HostResolver resolver) {
        this(config.allowedPrivateHosts().orElse(List.of()), resolver);
    }

    TargetPolicy(Collection<String> allowedPrivateHosts, HostResolver resolver) {
        this.allowedPrivateHosts = allowedPrivateHosts.stream().map(TargetPolicy::normalize)
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why the URL may not receive webhooks, said so that it completes "url ..."; empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("must be an absolute https URL with a host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain credentials; receivers check the signature instead");
        }
        String host = normalize(uri.getHost());
        boolean allowListed = allowedPrivateHosts.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowListed)) {
            return Optional.of("must use https; plain http is only allowed for hosts the operator allow-lists");
        }
        return allowListed ? Optional.empty() : refusalOfAddresses(host);
    }

    private Optional<String> refusalOfAddresses(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
        return Arrays.stream(addresses).filter(TargetPolicy::isInternal).findFirst().map(address ->
                "resolves to " + address.getHostAddress() + ", a private, loopback or otherwise internal address; "
                        + "such targets need to be allow-listed by the operator");
    }

    /**
     * Loopback, private (10/8, 172.16/12, 192.168/16), link-local (169.254/16, fe80::/10), unique-local IPv6
     * (fc00::/7), unspecified and "this network" (0/8), multicast and carrier-grade NAT (100.64/10) addresses,
     * also when wrapped in an IPv4-compatible or NAT64 IPv6 address.
     */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return bytes[0] == 0 || (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        }
        if ((bytes[0] & 0xfe) == 0xfc) {
            return true;
        }
        byte[] prefix = Arrays.copyOfRange(bytes, 0, 12);
        if (Arrays.equals(prefix, NAT64_PREFIX) || Arrays.equals(prefix, IPV4_COMPATIBLE_PREFIX)) {
            return isInternal(embeddedIpv4(bytes));
        }
        return false;
    }

    private static InetAddress embeddedIpv4(byte[] ipv6) {
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(ipv6, 12, 16));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** Host names compare case-insensitively and without a final dot; IPv6 literals without brackets. */
    private static String normalize(String host) {
        String bare = host.strip().toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        return bare.endsWith(".") ? bare.substring(0, bare.length() - 1) : bare;
    }
}
