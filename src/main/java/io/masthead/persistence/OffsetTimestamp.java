package io.masthead.persistence;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A point in time with the UTC offset it was written in. The instant and the offset live in two columns,
 * because PostgreSQL's timestamptz keeps only the instant; queries compare and sort on {@link #instant} alone,
 * which the indexes cover.
 */
@Embeddable
public class OffsetTimestamp {
    public Instant instant;
    public int offsetSeconds;

    protected OffsetTimestamp() {
    }

    private OffsetTimestamp(Instant instant, int offsetSeconds) {
        this.instant = instant;
        this.offsetSeconds = offsetSeconds;
    }

    /** Truncated to microseconds, the precision both databases store, so stored and returned times agree. */
    public static OffsetTimestamp of(OffsetDateTime time) {
        return time == null ? null : new OffsetTimestamp(time.toInstant().truncatedTo(ChronoUnit.MICROS),
                time.getOffset().getTotalSeconds());
    }

    public static OffsetDateTime toOffsetDateTime(OffsetTimestamp timestamp) {
        return timestamp == null
                ? null
                : timestamp.instant.atOffset(ZoneOffset.ofTotalSeconds(timestamp.offsetSeconds));
    }
}
