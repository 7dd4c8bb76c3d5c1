package io.masthead.importer;

import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.masthead.importer.ImportJobs.ClaimedJob;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;

/**
 * Imports a chunk of lines in one transaction: their removal from the queue, their articles (through the same
 * writers as one line) and the job's counters commit together, so each line is still imported exactly once if the
 * instance dies. One commit, one delete and one counter update per chunk instead of per line is most of the speed
 * of a bulk import.
 *
 * <p>A line the writers refuse rolls the chunk back, and the chunk is split around it: the lines before it and the
 * lines after it are imported together again, the line itself alone by {@link LineImporter}, which records its
 * errors. A failure that names no line (the database refused a batch at commit, say) falls back to one transaction
 * per line. Either way a bad line costs its neighbours a second attempt, never their import.
 */
@ApplicationScoped
class ChunkImporter {
    private final EntityManager entityManager;
    private final LineParser parser;
    private final LineWriter writer;
    private final LineImporter single;
    private final ImportLines lines;
    private final ImportJobs jobs;
    private final ImportErrors errors;
    private final ImportConfig config;
    private final Clock clock;

    ChunkImporter(EntityManager entityManager, LineParser parser, LineWriter writer, LineImporter single,
                  ImportLines lines, ImportJobs jobs, ImportErrors errors, ImportConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.parser = parser;
        this.writer = writer;
        this.single = single;
        this.lines = lines;
        this.jobs = jobs;
        this.errors = errors;
        this.config = config;
        this.clock = clock;
    }

    /** Imports the lines, or records why not. Throws only when the database is unreachable. */
    void importChunk(ClaimedJob job, List<NdjsonLines.Line> chunk) {
        // Parsing needs no database: a line that does not parse is recorded with the chunk, without a rollback.
        importTogether(job, chunk.stream().map(this::parse).toList());
    }

    private void importTogether(ClaimedJob job, List<Parsed> chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        if (chunk.size() == 1) {
            single.importLine(job, chunk.get(0).line());
            return;
        }
        try {
            int failed = QuarkusTransaction.requiringNew().call(() -> store(job, chunk));
            single.countCommitted(chunk.size() - failed, failed);
        } catch (LineRefused refused) {
            importTogether(job, chunk.subList(0, refused.index));
            single.importLine(job, chunk.get(refused.index).line());
            importTogether(job, chunk.subList(refused.index + 1, chunk.size()));
        } catch (RuntimeException e) {
            if (Failures.isDatabaseDown(e)) {
                throw e;
            }
            chunk.forEach(line -> single.importLine(job, line.line()));
        }
    }

    /** Stores the chunk and answers how many of its lines failed, which have their errors recorded. */
    private int store(ClaimedJob job, List<Parsed> chunk) {
        entityManager.unwrap(Session.class).setJdbcBatchSize(LineImporter.JDBC_BATCH_SIZE);
        List<Integer> numbers = chunk.stream().map(parsed -> parsed.line().number()).toList();
        if (lines.take(job.id(), numbers) != numbers.size()) {
            // Another worker holds some of these lines (its claim lapsed while it still ran); line by line, each
            // line goes to whichever worker removes it first.
            throw new IllegalStateException("Lines of job " + job.id() + " were taken by another worker");
        }
        int failed = 0;
        for (int i = 0; i < chunk.size(); i++) {
            Parsed line = chunk.get(i);
            if (line.errors() != null) {
                errors.record(job.id(), line.line().number(), line.errors());
                failed++;
            } else if (line.parsed() == null) {
                throw new LineRefused(i);
            } else {
                write(line, i, job.author());
            }
        }
        jobs.countLines(job.id(), chunk.size() - failed, failed, OffsetDateTime.now(clock).plus(config.lease()));
        return failed;
    }

    private void write(Parsed line, int index, String author) {
        try {
            writer.write(line.parsed(), author);
            // Every flush checks every entity the session holds: without this, a chunk's flushes would cost in
            // proportion to the square of its length. The written rows are not needed again.
            entityManager.flush();
            entityManager.clear();
        } catch (InvalidContent e) {
            throw new LineRefused(index);
        } catch (RuntimeException e) {
            if (Failures.isDatabaseDown(e)) {
                throw e;
            }
            throw new LineRefused(index);
        }
    }

    private Parsed parse(NdjsonLines.Line line) {
        try {
            return new Parsed(line, parser.parse(line.text()), null);
        } catch (InvalidContent invalid) {
            return new Parsed(line, null, invalid.errors());
        } catch (RuntimeException e) {
            // A server error: LineImporter records it with an error id, alone.
            return new Parsed(line, null, null);
        }
    }

    /** A line as parsed: its content, or the errors that make it fail; neither when parsing met a server error. */
    private record Parsed(NdjsonLines.Line line, ParsedLine parsed, List<FieldError> errors) {
    }

    /** The writers refused the line at this index of the chunk; the chunk's transaction rolls back. */
    private static final class LineRefused extends RuntimeException {
        final int index;

        LineRefused(int index) {
            super(null, null, false, false);
            this.index = index;
        }
    }
}
