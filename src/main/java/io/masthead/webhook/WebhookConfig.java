package io.masthead.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery settings. Every one has a default, so production needs none of them. */
@ConfigMapping(prefix = "masthead.webhooks")
public interface WebhookConfig {
    /**
     * Host names or IP addresses that may be webhook targets although they resolve to private, loopback or
     * link-local addresses (an in-cluster receiver, say). Only these may also use plain http.
     */
    Optional<List<String>> allowedPrivateHosts();

    /** Attempts per delivery, the first one included, before it is marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after every further one, plus up to 20% jitter. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    /** How long one attempt may take, connecting included. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How often each instance looks for due deliveries. The dispatcher's schedule reads it through a property
     * expression; it is declared here too so that a malformed value fails at start-up.
     */
    @WithDefault("1s")
    Duration pollInterval();
}
