package io.masthead.importer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits and pacing of bulk imports. */
@ConfigMapping(prefix = "masthead.import")
public interface ImportConfig {
    /** Non-blank lines one job may hold; a longer body is refused with 413. */
    @WithDefault("100000")
    int maxLines();

    /** Bytes one line may hold (UTF-8, without the line break); a longer line is refused with 413. */
    @WithDefault("1048576")
    int maxLineBytes();

    /**
     * How often each instance looks for a job to work on. {@link ImportWorker}'s schedule reads it; it is declared
     * here so that it is documented and checked with the rest.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long the worker imports one job before it returns, so that other scheduled work gets its turn. */
    @WithDefault("5s")
    Duration slice();

    /**
     * How long a worker's claim on a job lasts without progress. Each imported line renews it; when it lapses
     * (the instance died), another instance takes the job over.
     */
    @WithDefault("60s")
    Duration lease();

    /**
     * After how many imported lines an instance refreshes the planner statistics (ANALYZE on PostgreSQL) while a
     * job runs; every job also refreshes them when it ends.
     */
    @WithDefault("2000")
    int analyzeEvery();
}
