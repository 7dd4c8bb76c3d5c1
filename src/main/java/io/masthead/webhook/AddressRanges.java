package io.masthead.webhook;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses a webhook may not reach: every range of the IANA IPv4 and IPv6 special-purpose address registries
 * that is not globally reachable, plus the IPv6 space outside global unicast. IPv6 forms that carry an IPv4 address
 * (mapped, compatible, NAT64) are judged by that address; 6to4 and Teredo are refused outright, because their relays
 * decide where the packets end up.
 */
final class AddressRanges {
    private static final List<Range> IPV4 = List.of(
            range("0.0.0.0/8", "\"this network\""),
            range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "shared address space (carrier-grade NAT)"),
            range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local"),
            range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "reserved for IETF protocols"),
            range("192.0.2.0/24", "documentation"),
            range("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
            range("192.168.0.0/16", "private"),
            range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"),
            range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"),
            range("240.0.0.0/4", "reserved (and broadcast)"));

    private static final List<Range> IPV6 = List.of(
            range("::/128", "unspecified"),
            range("::1/128", "loopback"),
            range("64:ff9b:1::/48", "local-use NAT64"),
            range("100::/64", "discard-only"),
            range("100:0:0:1::/64", "dummy prefix"),
            range("2001::/32", "Teredo"),
            range("2001::/23", "reserved for IETF protocols"),
            range("2001:db8::/32", "documentation"),
            range("2002::/16", "6to4"),
            range("3fff::/20", "documentation"),
            range("5f00::/16", "segment routing"),
            range("fc00::/7", "unique-local"),
            range("fe80::/10", "link-local"),
            range("fec0::/10", "site-local (deprecated)"),
            range("ff00::/8", "multicast"));

    private static final Range GLOBAL_UNICAST = range("2000::/3", "global unicast");
    /** Prefixes whose last 32 bits are an IPv4 address that the packets go to. */
    private static final List<Range> EMBEDDING_IPV4 = List.of(
            range("::ffff:0:0/96", "IPv4-mapped"),
            range("::/96", "IPv4-compatible"),
            range("64:ff9b::/96", "NAT64"));

    private AddressRanges() {
    }

    /** Why the address is not a public one, such as "loopback"; empty for a globally reachable address. */
    static Optional<String> special(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return IPV4.stream().filter(range -> range.contains(bytes)).findFirst().map(Range::name);
        }
        Optional<String> listed = IPV6.stream().filter(range -> range.contains(bytes)).findFirst().map(Range::name);
        if (listed.isPresent()) {
            return listed;
        }
        for (Range embedding : EMBEDDING_IPV4) {
            if (embedding.contains(bytes)) {
                return special(ipv4(Arrays.copyOfRange(bytes, 12, 16)))
                        .map(reason -> embedding.name() + " form of a " + reason + " address");
            }
        }
        return GLOBAL_UNICAST.contains(bytes) ? Optional.empty() : Optional.of("reserved by the IETF");
    }

    private static Range range(String cidr, String name) {
        int slash = cidr.indexOf('/');
        byte[] prefix = parseLiteral(cidr.substring(0, slash)).getAddress();
        return new Range(prefix, Integer.parseInt(cidr.substring(slash + 1)), name);
    }

    private static InetAddress parseLiteral(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal);
            // Java turns ::ffff:a.b.c.d into an IPv4 address; the table needs the sixteen bytes.
            return address instanceof Inet4Address && literal.contains(":")
                    ? InetAddress.getByAddress(ipv6Mapped(address.getAddress()))
                    : address;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address literal: " + literal, e);
        }
    }

    private static byte[] ipv6Mapped(byte[] ipv4) {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(ipv4, 0, mapped, 12, 4);
        return mapped;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private record Range(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
