package io.masthead.importer;

import io.masthead.importer.ImportJobs.ClaimedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs import jobs in the background, on every instance. Each tick claims one job that nobody holds and imports
 * its lines for one slice of time, then releases it, so that other scheduled work gets its turn and a job that
 * an instance drops (it died) is taken over by another once the claim lapses.
 */
@ApplicationScoped
class ImportWorker {
    private static final Logger LOG = Logger.getLogger(ImportWorker.class);
    /**
     * Characters of line text read per chunk (with the line that crosses it): a chunk of long lines holds fewer
     * lines, so that chunks of lines of the maximum size still fit in memory.
     */
    static final long CHUNK_CHARS = 4_000_000;

    private final ImportWork work;
    private final ImportJobs jobs;
    private final ImportLines lines;
    private final ChunkImporter importer;
    private final ImportStatistics statistics;
    private final ImportConfig config;
    private final Clock clock;

    ImportWorker(ImportWork work, ImportJobs jobs, ImportLines lines, ChunkImporter importer,
                 ImportStatistics statistics, ImportConfig config, Clock clock) {
        this.work = work;
        this.jobs = jobs;
        this.lines = lines;
        this.importer = importer;
        this.statistics = statistics;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${masthead.import.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Optional<ClaimedJob> claimed;
        try {
            if (!work.waiting()) {
                return;
            }
            QuarkusTransaction.requiringNew().run(jobs::forgetAbandonedUploads);
            claimed = QuarkusTransaction.requiringNew().call(() -> jobs.claim(claimUntil()));
        } catch (RuntimeException e) {
            if (!Failures.isDatabaseDown(e)) {
                throw e;
            }
            // Readiness reports the outage; a log line per tick would only drown it.
            LOG.debugf("No import work looked for: the database is unavailable (%s)", e.getMessage());
            return;
        }
        claimed.ifPresent(this::runSlice);
    }

    private void runSlice(ClaimedJob job) {
        Instant end = clock.instant().plus(config.slice());
        try {
            while (clock.instant().isBefore(end)) {
                List<NdjsonLines.Line> next = QuarkusTransaction.requiringNew().call(
                        () -> lines.next(job.id(), config.chunkLines(), CHUNK_CHARS));
                if (next.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(() -> jobs.complete(job.id()));
                    statistics.refresh();
                    return;
                }
                importer.importChunk(job, next);
                statistics.imported(next.size());
            }
            QuarkusTransaction.requiringNew().run(() -> jobs.release(job.id()));
        } catch (RuntimeException e) {
            if (Failures.isDatabaseDown(e)) {
                // Nothing to record while the database is away; the claim lapses and a worker resumes the job.
                LOG.warnf("Import job %s paused: the database is unavailable (%s)", job.id(), e.getMessage());
                return;
            }
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "Unhandled error %s in import job %s", errorId, job.id());
            QuarkusTransaction.requiringNew().run(() -> jobs.fail(job.id(),
                    "The import stopped because of a server error; quote errorId " + errorId + " when you report it."));
        }
    }

    private OffsetDateTime claimUntil() {
        return OffsetDateTime.now(clock).plus(config.lease());
    }
}
