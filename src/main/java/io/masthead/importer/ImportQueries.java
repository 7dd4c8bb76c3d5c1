package io.masthead.importer;

import io.masthead.error.NotFound;
import io.masthead.http.Cursor;
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
        List<ImportLineError> found = errors.page(id, cursor == null ? 0 : lineOf(cursor), limit + 1);
        List<ImportLineError> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? Cursor.encode(String.valueOf(page.get(page.size() - 1).line())) : null;
        return new ImportErrorPage(page, next);
    }

    private ImportJob find(UUID id) {
        return jobs.find(id).orElseThrow(() -> new NotFound("import job", id));
    }

    private static int lineOf(String cursor) {
        try {
            return Integer.parseInt(Cursor.decode(cursor, 1).get(0));
        } catch (NumberFormatException e) {
            throw Cursor.malformed();
        }
    }
}
