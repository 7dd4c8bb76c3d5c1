package io.masthead.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

public class ClockProducer {
    /** The one source of "now", so that "published now" has a single meaning across a request. */
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
