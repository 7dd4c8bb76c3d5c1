package io.masthead.importer;

import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.importer.ImportJobs.ClaimedJob;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Imports one line in one transaction: the line's removal from the queue, its media, tags and article, and the
 * job's counters commit together, so a line is imported exactly once even if the instance dies mid-way. A line
 * that fails is rolled back alone; its errors are then recorded in a transaction of their own.
 */
@ApplicationScoped
class LineImporter {
    private static final Logger LOG = Logger.getLogger(LineImporter.class);
    /** Attempts of a line that meets a unique key a concurrent writer took; the next attempt sees that row. */
    static final int ATTEMPTS = 3;
    static final int JDBC_BATCH_SIZE = 50;

    private final EntityManager entityManager;
    private final LineParser parser;
    private final LineWriter writer;
    private final ImportLines lines;
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final ImportConfig config;
    private final Clock clock;
    private final Counter imported;
    private final Counter failed;

    LineImporter(EntityManager entityManager, LineParser parser, LineWriter writer, ImportLines lines,
                 ImportJobs jobs, ImportErrors errors, ImportConfig config, Clock clock, MeterRegistry metrics) {
        this.entityManager = entityManager;
        this.parser = parser;
        this.writer = writer;
        this.lines = lines;
        this.jobs = jobs;
        this.errors = errors;
        this.config = config;
        this.clock = clock;
        this.imported = lines(metrics, "imported");
        this.failed = lines(metrics, "failed");
    }

    /** Counted after the commit, so that the rate is what actually reached the database. */
    private static Counter lines(MeterRegistry metrics, String outcome) {
        return Counter.builder("masthead.import.lines")
                .description("Import lines processed, by outcome (failed: the line's errors were recorded)")
                .tag("outcome", outcome)
                .register(metrics);
    }

    /** Counts the lines of a chunk that {@link ChunkImporter} committed together. */
    void countCommitted(int importedLines, int failedLines) {
        imported.increment(importedLines);
        failed.increment(failedLines);
    }

    /** Imports the line, or records why not. Throws only when the database is unreachable. */
    void importLine(ClaimedJob job, NdjsonLines.Line line) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> store(job, line))) {
                    imported.increment();
                }
                return;
            } catch (InvalidContent invalid) {
                recordFailure(job, line.number(), invalid.errors());
                return;
            } catch (RuntimeException e) {
                if (Failures.isDatabaseDown(e)) {
                    throw e;
                }
                if (!Failures.isConstraintViolation(e) || attempt == ATTEMPTS) {
                    recordFailure(job, line.number(), List.of(serverError(job, line, e)));
                    return;
                }
            }
        }
    }

    /** Whether this call imported the line; false when another worker took it first. */
    private boolean store(ClaimedJob job, NdjsonLines.Line line) {
        // An article is a dozen inserts (blocks, tag links); batching them saves most of the round trips. The
        // setting holds for this transaction's session only.
        entityManager.unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH_SIZE);
        if (!lines.take(job.id(), line.number())) {
            return false;
        }
        writer.write(parser.parse(line.text()), job.author());
        jobs.countLine(job.id(), true, claimUntil());
        return true;
    }

    private void recordFailure(ClaimedJob job, int lineNo, List<FieldError> lineErrors) {
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> {
            if (!lines.take(job.id(), lineNo)) {
                return false;
            }
            errors.record(job.id(), lineNo, lineErrors);
            jobs.countLine(job.id(), false, claimUntil());
            return true;
        });
        if (recorded) {
            failed.increment();
        }
    }

    private static FieldError serverError(ClaimedJob job, NdjsonLines.Line line, RuntimeException e) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error %s importing line %d of job %s", errorId, line.number(), job.id());
        return new FieldError("#", "could not be imported because of a server error; quote errorId " + errorId
                + " when you report it");
    }

    private OffsetDateTime claimUntil() {
        return OffsetDateTime.now(clock).plus(config.lease());
    }
}
