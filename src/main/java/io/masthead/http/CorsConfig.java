package io.masthead.http;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "masthead.cors")
public interface CorsConfig {
    /**
     * Browser origins (such as {@code https://cms.example.com}) allowed to call the management API. The
     * delivery API is public and allows every origin.
     */
    Optional<Set<String>> managementOrigins();
}
