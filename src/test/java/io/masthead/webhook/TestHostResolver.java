package io.masthead.webhook;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Gives the test suite a host name that resolves to loopback without being allow-listed, whatever the
 * machine's hosts file says. Every other name resolves as usual.
 */
@Alternative
@Priority(1)
@Singleton
public class TestHostResolver extends HostResolver {
    static final String LOOPBACK_ALIAS = "loopback-alias.masthead.test";

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        if (LOOPBACK_ALIAS.equals(host)) {
            return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
        }
        return super.resolve(host);
    }
}
