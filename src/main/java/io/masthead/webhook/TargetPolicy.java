package io.masthead.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which URLs may receive webhooks. Without this check an API key could make the server POST into its own
 * network (cloud metadata, databases, admin consoles), so every address a host resolves to must be globally
 * reachable, unless the operator allow-lists the host. Checked at registration and again before every attempt,
 * because DNS answers can change in between; an attempt then connects to exactly the address that was checked
 * ({@link Target#address()}), so that a second DNS answer cannot send it elsewhere. Application-scoped so that the
 * validator, which Hibernate Validator creates before runtime configuration is available, gets a proxy that reads
 * the configuration later.
 */
@ApplicationScoped
public class TargetPolicy {
    /** Four decimal numbers from 0 to 255 without leading zeros: the one IPv4 form every parser reads alike. */
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
    private static final Pattern CANONICAL_IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
    /** A last label that URL parsers take for a number, which makes the whole host an IPv4 address to them. */
    private static final Pattern NUMERIC_LABEL = Pattern.compile("(0x[0-9a-f]*|[0-9]+)");

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

    /** Where a checked URL is delivered: the host name for the Host header and TLS, the address to connect to. */
    public record Target(URI uri, String host, int port, boolean https, InetAddress address) {
        /** The path and query to request, as the URL spells them. */
        String requestUri() {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        }
    }

    /** The result of a check: a target to connect to, or why there is none. */
    public record Checked(Target target, String refusal) {
        static Checked refused(String reason) {
            return new Checked(null, reason);
        }
    }

    /** Why the URL may not receive webhooks, said so that it completes "url ..."; empty when it may. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** Checks the URL and resolves its host once; the target names the address that passed the check. */
    public Checked check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Checked.refused("must be an absolute https URL");
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null) {
            return Checked.refused("must be an absolute https URL with a host name");
        }
        if (uri.getRawUserInfo() != null) {
            return Checked.refused("must not contain credentials; receivers check the signature instead");
        }
        String host = normalize(uri.getHost());
        boolean allowListed = allowedPrivateHosts.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !(scheme.equals("http") && allowListed)) {
            return Checked.refused("must use https; plain http is only allowed for hosts the operator allow-lists");
        }
        if (!host.contains(":") && isNumeric(host) && !CANONICAL_IPV4.matcher(host).matches()) {
            return Checked.refused("names its host in a numeric form other than four decimal numbers (such as octal, "
                    + "hexadecimal or a single integer), which clients read differently; write the address as "
                    + "a.b.c.d or use a host name");
        }
        if (host.contains("%")) {
            return Checked.refused("names an IPv6 address with a zone, which only reaches the local network");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Checked.refused("names a host that cannot be resolved");
        }
        if (addresses.length == 0) {
            return Checked.refused("names a host that cannot be resolved");
        }
        if (!allowListed) {
            for (InetAddress address : addresses) {
                Optional<String> special = AddressRanges.special(address);
                if (special.isPresent()) {
                    return Checked.refused("resolves to " + address.getHostAddress() + ", a " + special.get()
                            + " address and not a public one; such targets need to be allow-listed by the operator");
                }
            }
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        return new Checked(new Target(uri, host, port, https, addresses[0]), null);
    }

    /** Whether URL parsers would read the host as an IPv4 address: its last label is a number. */
    private static boolean isNumeric(String host) {
        String[] labels = host.split("\\.", -1);
        return NUMERIC_LABEL.matcher(labels[labels.length - 1]).matches();
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
