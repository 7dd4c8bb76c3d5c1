package io.masthead.sync;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the changes feed. Every one has a default, so production needs none of them. */
@ConfigMapping(prefix = "masthead.sync")
public interface SyncConfig {
    /**
     * How long remove records are kept. A client that has not synced for longer may have missed one and is told
     * to sync again from the beginning (410).
     */
    @WithDefault("P30D")
    Duration retention();

    /**
     * How often each instance prunes removes older than the retention. The pruner's schedule reads it through a
     * property expression; it is declared here too so that a malformed value fails at start-up.
     */
    @WithDefault("1h")
    Duration pruneInterval();

    /** {@code max-age} of feed responses: short, since new changes may arrive any moment. */
    @WithDefault("5")
    int maxAgeSeconds();
}
