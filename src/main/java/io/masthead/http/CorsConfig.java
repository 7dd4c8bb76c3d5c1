package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "masthead.cors")
public interface CorsConfig {
    /**
     * Browser origins (such as {@code https://cms.example.com}) allowed to call the management API. The
     * delivery API is public and allows every origin.
     */
    Optional<Set<String>> managementOrigins();

    /**
     * Whether any {@code http(s)://localhost}, {@code 127.0.0.1} or {@code [::1]} origin, on any port, may call the
     * management API too: on in dev mode, so that a CMS front end under development works without settings.
     */
    @WithDefault("false")
    boolean allowLocalhostOrigins();
}
