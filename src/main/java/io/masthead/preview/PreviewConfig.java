package io.masthead.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "masthead.preview")
public interface PreviewConfig {
    /**
     * The key that signs preview tokens, from {@code MASTHEAD_PREVIEW_SECRET} in production. Changing it
     * invalidates every token issued so far.
     */
    String secret();

    /** How long a preview link works. */
    @WithDefault("PT15M")
    Duration ttl();
}
