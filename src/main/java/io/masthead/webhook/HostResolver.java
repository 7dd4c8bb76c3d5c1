package io.masthead.webhook;

import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** Name resolution for the target check, kept apart so that tests can give host names fixed answers. */
@Singleton
public class HostResolver {

    public InetAddress[] resolve(String host) throws UnknownHostException {
        return InetAddress.getAllByName(host);
    }
}
