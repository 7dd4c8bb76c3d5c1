package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.cursor")
public interface CursorConfig {
    /**
     * The secret that the key signing pagination cursors is derived from; every instance behind one load balancer
     * needs the same. It defaults to the preview secret, so that no new secret is needed. Changing it makes every
     * cursor issued so far a 400, and clients start again from the first page.
     */
    @WithDefault("${masthead.preview.secret}")
    String secret();
}
