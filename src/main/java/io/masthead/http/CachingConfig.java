package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.delivery.cache")
public interface CachingConfig {
    /** How long browsers and CDNs may reuse a delivery response without revalidating it. */
    @WithDefault("60")
    int maxAgeSeconds();

    /** How long a cache may serve a stale response while it revalidates in the background. */
    @WithDefault("60")
    int staleWhileRevalidateSeconds();

    /** How long a cache may serve a stale response when this service answers with an error. */
    @WithDefault("86400")
    int staleIfErrorSeconds();
}
