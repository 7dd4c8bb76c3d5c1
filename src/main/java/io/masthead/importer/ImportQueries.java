package io.masthead.importer;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
import io.masthead.http.Keyset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What clients read about import jobs: progress and the errors of failed lines. */
@ApplicationScoped
@Transactional
class ImportQueries {
    private final ImportJobs jobs;
    private final ImportErrors errors;

    ImportQueries(ImportJobs jobs, ImportErrors errors) {
        this.jobs = jobs;
        this.errors = errors;
    }

    ImportJobView get(UUID id) {
        return ImportJobView.of(find(id), errors.page(id, 0, ImportJobView.ERRORS_SHOWN + 1));
    }

    ImportErrorPage errors(UUID id, String cursor, int limit) {
        find(id);
        List<ImportLineError> found = errors.page(id, cursor == null ? 0 : lineOf(cursor), Keyset.fetchSize(limit));
        Keyset.Page<ImportLineError> page = Keyset.page(found, limit,
                last -> Cursor.encode(String.valueOf(last.line())));
        return new ImportErrorPage(page.items(), page.next());
    }

    private ImportJob find(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("import job", id));
    }

    private static int lineOf(String cursor) {
        String line = Keyset.decodeKey(cursor);
        if (!line.matches("[1-9][0-9]{0,8}")) {
            throw Cursor.malformed();
        }
        return Integer.parseInt(line);
    }
}
