package io.masthead.importer;

import io.masthead.error.InvalidContent;
import io.masthead.error.InvalidContent.FieldError;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Takes an upload in: stores its lines as they arrive, in batches of their own transaction, so that the body
 * is never held in memory. Workers see the job only once the last line is stored; an upload that fails or is
 * cut off leaves nothing behind.
 */
@ApplicationScoped
class ImportReceiver {
    static final int BATCH_SIZE = 500;
    /** An upload that has not stored a batch for this long is abandoned (the client or instance went away). */
    static final Duration RECEIVE_TIMEOUT = Duration.ofMinutes(10);
    static final String RAW_NUL = "is not valid JSON: it holds a raw NUL character (U+0000)";
    private static final char NUL = '\u0000';

    private final ImportJobs jobs;
    private final ImportLines lines;
    private final ImportErrors errors;
    private final ImportConfig config;
    private final Clock clock;

    ImportReceiver(ImportJobs jobs, ImportLines lines, ImportErrors errors, ImportConfig config, Clock clock) {
        this.jobs = jobs;
        this.lines = lines;
        this.errors = errors;
        this.config = config;
        this.clock = clock;
    }

    ImportJobView receive(InputStream body, String author) {
        UUID id = QuarkusTransaction.requiringNew().call(() -> jobs.startReceiving(author, abandonedAfter())).id;
        try {
            int total = storeLines(id, new NdjsonLines(body, config.maxLineBytes()));
            if (total == 0) {
                throw InvalidContent.of("#", "must hold at least one NDJSON line");
            }
            return QuarkusTransaction.requiringNew().call(() -> ImportJobView.of(jobs.queue(id, total), List.of()));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> jobs.delete(id));
            throw e;
        }
    }

    private int storeLines(UUID id, NdjsonLines upload) {
        List<NdjsonLines.Line> batch = new ArrayList<>(BATCH_SIZE);
        int total = 0;
        try {
            for (NdjsonLines.Line line = upload.next(); line != null; line = upload.next()) {
                if (++total > config.maxLines()) {
                    throw ImportTooLarge.lines(config.maxLines());
                }
                batch.add(line);
                if (batch.size() == BATCH_SIZE) {
                    store(id, batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            // The client went away, or the HTTP layer cut the body at its size limit (and answered 413 itself).
            throw InvalidContent.of("#", "ended after line " + upload.linesRead() + ", before the whole body "
                    + "arrived; nothing was stored. Send the file again");
        }
        store(id, batch);
        return total;
    }

    /**
     * Stores the lines for the workers. A line with a raw NUL character is not JSON, and PostgreSQL cannot store it
     * as text: it fails here, as the worker would report it, and the other lines go on.
     */
    private void store(UUID id, List<NdjsonLines.Line> batch) {
        if (!batch.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> {
                lines.store(id, batch.stream().filter(line -> line.text().indexOf(NUL) < 0).toList());
                for (NdjsonLines.Line line : batch) {
                    if (line.text().indexOf(NUL) >= 0) {
                        errors.record(id, line.number(), List.of(new FieldError("#", RAW_NUL)));
                        jobs.countLine(id, false, abandonedAfter());
                    }
                }
                jobs.keepReceiving(id, abandonedAfter());
            });
        }
    }

    private OffsetDateTime abandonedAfter() {
        return OffsetDateTime.now(clock).plus(RECEIVE_TIMEOUT);
    }
}
