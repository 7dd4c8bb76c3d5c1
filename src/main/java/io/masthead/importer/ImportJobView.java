package io.masthead.importer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportJob", additionalProperties = Schema.False.class,
        description = "A bulk import and its progress. Poll it until `status` is `completed` or `failed`.")
public record ImportJobView(
        @Schema(required = true, description = "Identifies the job; poll `GET /manage/v1/import/{id}` with it.")
        UUID id,
        @Schema(required = true, enumeration = {"queued", "running", "completed", "failed"},
                description = "`queued` until a worker starts it; `running`; then `completed` once every line is "
                        + "handled (whether or not some failed), or `failed` if the import itself broke off.")
        ImportStatus status,
        @Schema(required = true, minimum = "1", description = "Non-blank lines in the upload.", examples = "10000")
        int total,
        @Schema(required = true, minimum = "0", description = "Lines handled so far, imported or not.",
                examples = "4210")
        int processed,
        @Schema(required = true, minimum = "0", description = "Lines imported.", examples = "4207") int succeeded,
        @Schema(required = true, minimum = "0", description = "Lines not imported; see `errors`.", examples = "3")
        int failed,
        @Schema(required = true, minimum = "0", maximum = "100",
                description = "`processed` as a percentage of `total`, to one decimal.", examples = "42.1")
        double percent,
        @Schema(required = true, description = "When the upload began.", examples = "2026-11-20T08:45:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When a worker first took the job up.") OffsetDateTime startedAt,
        @Schema(description = "When the job completed or failed.") OffsetDateTime finishedAt,
        @Schema(required = true, description = "The name of the API key that uploaded it.",
                examples = "cms-migration")
        String createdBy,
        @Schema(description = "Why the import broke off; only when `status` is `failed`.",
                examples = "The import stopped because of a server error; quote errorId "
                        + "3f2b8c1e-9d4a-4e7b-8a61-2c5d9e0f7a13 when you report it.")
        String failure,
        @Schema(required = true, maxItems = ImportJobView.ERRORS_SHOWN,
                description = "The first failed lines, in line order. All of them: "
                        + "`GET /manage/v1/import/{id}/errors`.")
        List<ImportLineError> errors,
        @Schema(required = true, description = "Whether more lines failed than `errors` shows.", examples = "false")
        boolean errorsTruncated) {

    static final int ERRORS_SHOWN = 100;

    static ImportJobView of(ImportJob job, List<ImportLineError> errors) {
        return new ImportJobView(job.id, job.status, job.total, job.processed, job.succeeded, job.failed,
                percent(job.processed, job.total), job.createdAt, job.startedAt, job.finishedAt, job.createdBy,
                job.failure, errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())), errors.size() > ERRORS_SHOWN);
    }

    /** Rounded down, so that 100.0 means done. */
    private static double percent(int processed, int total) {
        return total == 0 ? 0 : Math.floor(processed * 1000.0 / total) / 10;
    }
}
