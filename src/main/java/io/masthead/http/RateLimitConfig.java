package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.rate-limit")
public interface RateLimitConfig {
    /**
     * Requests per minute one client address may send to the delivery API; 0 turns the limit off. Behind a CDN,
     * enable {@code quarkus.http.proxy.*} so that the address is the viewer's rather than the CDN's.
     */
    @WithDefault("3000")
    int deliveryPerMinute();

    /** Requests per minute one client address may send to the management API; 0 turns the limit off. */
    @WithDefault("600")
    int managementPerMinute();
}
