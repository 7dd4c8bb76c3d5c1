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

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.9", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "100.64.0.1", "100.127.255.254", "0.0.0.0", "0.1.2.3", "224.0.0.1", "::1", "::",
        "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:10.0.0.5", "::10.0.0.5", "64:ff9b::a9fe:a9fe"})
    void shouldTreatInternalAddressesAsInternal(String address) throws UnknownHostException {
        assertTrue(TargetPolicy.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1",
        "100.63.255.255", "100.128.0.1", "11.0.0.1", "2606:2800:21f:cb07::1", "64:ff9b::808:808"})
    void shouldTreatPublicAddressesAsPublic(String address) throws UnknownHostException {
        assertFalse(TargetPolicy.isInternal(InetAddress.getByName(address)), address);
    }

    @Test
    void shouldAcceptHttpsToAHostWithOnlyPublicAddresses() {
        assertEquals(Optional.empty(), policy.refusal("https://hooks.example.com/masthead?team=news"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/",
        "https://metadata.example.com/", "https://rebound.example.com/hook", "https://[::ffff:192.168.0.1]/"})
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
