package io.masthead.auth;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "masthead.auth")
public interface AuthConfig {
    /**
     * The token of the first admin key, from {@code MASTHEAD_BOOTSTRAP_ADMIN_KEY}. The production profile
     * requires it; dev mode uses a fixed development key.
     */
    Optional<String> bootstrapAdminKey();
}
