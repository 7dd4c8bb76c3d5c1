package io.masthead.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {
    /** Fixed DNS answers, so that the test needs no network and no particular hosts file; literals as they are. */
    private static final HostResolver DNS = new HostResolver() {
        private final Map<String, List<String>> answers = Map.of(
                "hooks.example.com", List.of("93.184.215.14", "2606:2800:21f:cb07::1"),
                "rebound.example.com", List.of("93.184.215.14", "127.0.0.1"),
                "metadata.example.com", List.of("169.254.169.254"),
                "receiver.internal", List.of("10.1.2.3"));

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            if (host.contains(":") || host.matches("[0-9.]+")) {
                return super.resolve(host);
            }
            List<String> addresses = answers.get(host);
            if (addresses == null) {
                throw new UnknownHostException(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByName(addresses.get(i));
            }
            return resolved;
        }
    };

    private final TargetPolicy policy = new TargetPolicy(List.of("Receiver.Internal", "127.0.0.1"), DNS);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
        "0.0.0.0            | \"this network\"",
        "0.1.2.3            | \"this network\"",
        "10.0.0.5           | private",
        "100.64.0.1         | shared address space (carrier-grade NAT)",
        "100.127.255.254    | shared address space (carrier-grade NAT)",
        "127.0.0.1          | loopback",
        "127.255.0.9        | loopback",
        "169.254.169.254    | link-local",
        "172.16.0.1         | private",
        "172.31.255.255     | private",
        "192.0.0.1          | reserved for IETF protocols",
        "192.0.0.170        | reserved for IETF protocols",
        "192.0.2.1          | documentation",
        "192.88.99.1        | 6to4 relay anycast (deprecated)",
        "192.168.1.1        | private",
        "198.18.0.1         | benchmarking",
        "198.19.255.255     | benchmarking",
        "198.51.100.7       | documentation",
        "203.0.113.9        | documentation",
        "224.0.0.1          | multicast",
        "239.255.255.250    | multicast",
        "240.0.0.1          | reserved (and broadcast)",
        "255.255.255.255    | reserved (and broadcast)",
        "::                 | unspecified",
        "::1                | loopback",
        "::ffff:10.0.0.5    | private",
        "::ffff:127.0.0.1   | loopback",
        "::10.0.0.5         | IPv4-compatible form of a private address",
        "::127.0.0.1        | IPv4-compatible form of a loopback address",
        "64:ff9b::a9fe:a9fe | NAT64 form of a link-local address",
        "64:ff9b::7f00:1    | NAT64 form of a loopback address",
        "64:ff9b:1::a00:5   | local-use NAT64",
        "100::1             | discard-only",
        "100:0:0:1::1       | dummy prefix",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2 | Teredo",
        "2001:2::1          | reserved for IETF protocols",
        "2001:db8::1        | documentation",
        "2002:7f00:1::1     | 6to4",
        "2002:808:808::1    | 6to4",
        "3fff::1            | documentation",
        "5f00::1            | segment routing",
        "fc00::1            | unique-local",
        "fd12:3456::1       | unique-local",
        "fe80::1            | link-local",
        "fec0::1            | site-local (deprecated)",
        "ff02::1            | multicast",
        "4000::1            | reserved by the IETF",
        "1::1               | reserved by the IETF"})
    void shouldRefuseEverySpecialPurposeAddress(String address, String kind) throws UnknownHostException {
        assertEquals(Optional.of(kind), AddressRanges.special(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "11.0.0.1", "100.63.255.255", "100.128.0.1",
        "172.15.255.255", "172.32.0.1", "192.0.1.1", "192.31.196.1", "192.52.193.1", "192.169.0.1",
        "198.17.255.255", "198.20.0.1", "223.255.255.255", "2606:2800:21f:cb07::1", "2620:4f:8000::1",
        "2a00:1450:4001:80b::200e", "64:ff9b::808:808", "::ffff:8.8.8.8"})
    void shouldTreatGloballyReachableAddressesAsPublic(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), AddressRanges.special(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://0177.0.0.1/hook", "https://127.0.0.01/hook", "https://010.0.0.1/hook",
        "https://2130706433/hook", "https://017700000001/hook", "https://0x7f000001/hook", "https://0x7f.0.0.1/hook",
        "https://127.1/hook", "https://1.2.3.4.5/hook", "https://hooks.example.com.0x10/hook",
        "http://0177.0.0.1:9000/hook"})
    void shouldRefuseNumericHostsThatAreNotFourDecimalNumbers(String url) {
        String refusal = policy.refusal(url).orElseThrow(() -> new AssertionError(url + " was accepted"));
        assertTrue(refusal.startsWith("names its host in a numeric form") || refusal.startsWith("must "), refusal);
        assertFalse(refusal.startsWith("resolves to "), refusal);
    }

    @Test
    void shouldPinTheAddressThatPassedTheCheck() {
        TargetPolicy.Target target = policy.check("https://hooks.example.com:8443/masthead?team=news").target();

        assertEquals("hooks.example.com", target.host());
        assertEquals("93.184.215.14", target.address().getHostAddress());
        assertEquals(8443, target.port());
        assertEquals("/masthead?team=news", target.requestUri());
        assertTrue(target.https());
    }

    @Test
    void shouldAcceptHttpsToAHostWithOnlyPublicAddresses() {
        assertEquals(Optional.empty(), policy.refusal("https://hooks.example.com/masthead?team=news"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/",
        "https://metadata.example.com/", "https://rebound.example.com/hook", "https://[::ffff:192.168.0.1]/",
        "https://255.255.255.255/", "https://198.18.0.1/", "https://240.0.0.1/", "https://192.0.0.8/",
        "https://[2002:7f00:1::1]/", "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "https://[64:ff9b::a00:5]/"})
    void shouldRefuseUrlsThatReachAnInternalAddress(String url) {
        assertTrue(policy.refusal(url).orElseThrow().startsWith("resolves to "), url);
    }

    @Test
    void shouldAllowAnAllowListedHostWhateverItResolvesTo() {
        assertEquals(Optional.empty(), policy.refusal("http://receiver.internal:8080/hook"));
        assertEquals(Optional.empty(), policy.refusal("https://RECEIVER.internal./hook"));
        assertEquals(Optional.empty(), policy.refusal("http://127.0.0.1:9000/hook"));
    }

    @Test
    void shouldAllowPlainHttpOnlyForAllowListedHosts() {
        assertEquals(Optional.of("must use https; plain http is only allowed for hosts the operator allow-lists"),
                policy.refusal("http://hooks.example.com/hook"));
        assertTrue(policy.refusal("ftp://receiver.internal/hook").isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com/no-scheme", "https:opaque", "https:///no-host", "not a url",
        "https://user:password@hooks.example.com/hook", "https://unknown.example.net/hook", ""})
    void shouldRefuseUrlsThatAreNotUsableTargets(String url) {
        assertTrue(policy.refusal(url).isPresent(), url);
    }
}
