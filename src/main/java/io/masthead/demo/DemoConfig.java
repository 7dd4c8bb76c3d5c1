package io.masthead.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "masthead.demo")
public interface DemoConfig {
    /** Load the demo publication into an empty database at start-up. On in dev mode only. */
    @WithDefault("false")
    boolean enabled();
}
