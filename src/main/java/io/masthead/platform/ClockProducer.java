package io.masthead.platform;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

public class ClockProducer {
    /**
     * The one source of "now". Its instants are whole microseconds, the precision PostgreSQL and H2 store, so a
     * time that a write returns is exactly the time the next read shows. ({@code Clock.tick} cannot do this: its
     * {@code millis()} divides by zero for ticks below a millisecond.)
     */
    @Produces
    @Singleton
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    static final class MicrosecondClock extends Clock {
        private final Clock base;

        MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return zone.equals(ZoneOffset.UTC) ? this : Clock.fixed(instant(), zone);
        }
    }
}
