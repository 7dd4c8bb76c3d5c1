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

    /**
     * How long the worker imports one job before it releases it, so that other jobs and instances get their turn.
     * The worker claims work again at its next poll, so a slice far longer than the poll interval keeps that pause
     * a small share of an import.
     */
    @WithDefault("30s")
    Duration slice();

    /**
     * How long a worker's claim on a job lasts without progress. Each imported line renews it; when it lapses
     * (the instance died), another instance takes the job over.
     */
    @WithDefault("60s")
    Duration lease();

    /**
     * Lines imported in one transaction (with fewer when they are long). Each chunk costs one commit, one delete of
     * its lines and one update of the job's counters; a line the writers refuse costs the chunk a second attempt
     * without it. Other writers wait for a chunk's commit (it holds the change log's head row), so chunks stay short.
     */
    @WithDefault("50")
    int chunkLines();

    /**
     * After how many imported lines an instance first refreshes the planner statistics (ANALYZE on PostgreSQL) while
     * a job runs; then each time it has imported as many lines again as it had at the last refresh (so at 2,000,
     * 4,000, 8,000...). Every job also refreshes them when it ends.
     */
    @WithDefault("2000")
    int analyzeEvery();
}
