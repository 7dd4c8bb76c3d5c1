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
    /** Lines read per query; few enough that even lines of the maximum size fit in memory. */
    static final int FETCH_SIZE = 25;

    private final ImportWork work;
    private final ImportJobs jobs;
    private final ImportLines lines;
    private final LineImporter importer;
    private final ImportStatistics statistics;
    private final ImportConfig config;
    private final Clock clock;

    ImportWorker(ImportWork work, ImportJobs jobs, ImportLines lines, LineImporter importer,
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
                        () -> lines.next(job.id(), FETCH_SIZE));
                if (next.isEmpty()) {
                    QuarkusTransaction.requiringNew().run(() -> jobs.complete(job.id()));
                    statistics.refresh();
                    return;
                }
                statistics.imported(importLines(job, next, end));
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

    /** How many of the lines were imported (or failed) before the slice ended. */
    private int importLines(ClaimedJob job, List<NdjsonLines.Line> next, Instant end) {
        int done = 0;
        for (NdjsonLines.Line line : next) {
            importer.importLine(job, line);
            done++;
            if (!clock.instant().isBefore(end)) {
                break;
            }
        }
        return done;
    }

    private OffsetDateTime claimUntil() {
        return OffsetDateTime.now(clock).plus(config.lease());
    }
}
