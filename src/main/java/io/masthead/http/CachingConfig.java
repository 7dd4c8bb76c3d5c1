package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

@ConfigMapping(prefix = "masthead.delivery.cache")
public interface CachingConfig {
    /** How long browsers may reuse a delivery response without revalidating it (and shared caches, see below). */
    @WithDefault("60")
    int maxAgeSeconds();

    /** How long a cache may serve a stale response while it revalidates in the background. */
    @WithDefault("60")
    int staleWhileRevalidateSeconds();

    /** How long a cache may serve a stale response when this service answers with an error. */
    @WithDefault("86400")
    int staleIfErrorSeconds();

    /**
     * How long shared caches (CDNs, Varnish) may reuse a response, per route family. Shared caches can be purged by
     * {@code Surrogate-Key}, browsers cannot, so these may be longer than {@link #maxAgeSeconds()}.
     */
    @WithName("s-maxage")
    SharedMaxAge sharedMaxAge();

    interface SharedMaxAge {
        @WithDefault("60")
        int article();

        @WithDefault("60")
        int list();

        @WithDefault("60")
        int tag();

        @WithDefault("60")
        int site();

        @WithDefault("60")
        int feed();

        default int of(CacheFamily family) {
            return switch (family) {
                case ARTICLE -> article();
                case LIST -> list();
                case TAG -> tag();
                case SITE -> site();
                case FEED -> feed();
            };
        }
    }
}
