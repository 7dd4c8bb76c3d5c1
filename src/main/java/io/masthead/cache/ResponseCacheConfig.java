package io.masthead.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.delivery.response-cache")
public interface ResponseCacheConfig {
    /** Off serves every delivery request from the database, as benchmarks of the uncached path need. */
    @WithDefault("true")
    boolean enabled();

    /** The memory the cached bodies and headers may take together; the least valuable entries are evicted. */
    @WithDefault("33554432")
    long maxBytes();

    /** Larger responses (a full sitemap, say) are not kept: one of them would push out hundreds of articles. */
    @WithDefault("1048576")
    int maxEntryBytes();
}
