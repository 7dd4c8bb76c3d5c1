package io.masthead.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports an NDJSON file from the command line: uploads it to {@code POST /manage/v1/import}, then follows the job
 * with a progress bar on stderr until it ends. Plain JDK only, so it runs from the packaged application jar:
 * {@code java -cp 'target/quarkus-app/app/*' io.masthead.importer.ImportCli --url ... FILE}.
 */
public final class ImportCli {
    public static final int OK = 0;
    public static final int LINES_FAILED = 1;
    public static final int USAGE_OR_HTTP_ERROR = 2;
    static final int ERRORS_PRINTED = 20;

    private ImportCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The whole command; the summary and errors go to {@code out}, the progress bar and problems to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        CliOptions options;
        try {
            options = CliOptions.parse(args, System.getenv("MASTHEAD_TOKEN"));
        } catch (IllegalArgumentException e) {
            err.println("masthead-import: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return USAGE_OR_HTTP_ERROR;
        }
        try {
            return importFile(options, out, err);
        } catch (ImportClient.Failure | IOException e) {
            err.println();
            err.println("masthead-import: " + e.getMessage());
            return USAGE_OR_HTTP_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("masthead-import: interrupted; the job goes on on the server");
            return USAGE_OR_HTTP_ERROR;
        }
    }

    private static int importFile(CliOptions options, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        err.printf(Locale.ROOT, "Uploading %s (%.1f MB)%n", options.file(), Files.size(options.file()) / 1e6);
        ImportClient client = new ImportClient(options);
        ImportClient.Job job = client.upload();
        ProgressBar bar = new ProgressBar(err);
        Map<String, Object> state = job.state();
        while (true) {
            bar.draw(count(state, "processed"), count(state, "total"), number(state, "percent").doubleValue(),
                    count(state, "failed"));
            if (!List.of("queued", "running").contains(state.get("status"))) {
                break;
            }
            Thread.sleep(options.interval().toMillis());
            state = client.get(job.uri());
        }
        bar.finish();
        return report(job.uri(), state, (System.nanoTime() - started) / 1e9, out);
    }

    private static int report(URI job, Map<String, Object> state, double seconds, PrintStream out) {
        long total = count(state, "total");
        long failed = count(state, "failed");
        out.printf(Locale.ROOT, "Import %s %s in %.1f s: %s of %s lines imported, %s failed (%.1f lines/s).%n",
                job, state.get("status"), seconds, ProgressBar.grouped(count(state, "succeeded")),
                ProgressBar.grouped(total), ProgressBar.grouped(failed), total / Math.max(seconds, 0.001));
        if (state.get("failure") != null) {
            out.println(state.get("failure"));
        }
        List<?> errors = state.get("errors") instanceof List<?> list ? list : List.of();
        errors.stream().limit(ERRORS_PRINTED).forEach(error -> printLineError((Map<?, ?>) error, out));
        if (failed > Math.min(errors.size(), ERRORS_PRINTED)) {
            out.println("... all failed lines: GET " + job + "/errors");
        }
        return "completed".equals(state.get("status")) && failed == 0 ? OK : LINES_FAILED;
    }

    private static void printLineError(Map<?, ?> error, PrintStream out) {
        for (Object field : (List<?>) error.get("errors")) {
            Map<?, ?> at = (Map<?, ?>) field;
            out.println("line " + error.get("line") + ": " + at.get("pointer") + " " + at.get("detail"));
        }
    }

    private static long count(Map<String, Object> state, String field) {
        return number(state, field).longValue();
    }

    private static Number number(Map<String, Object> state, String field) {
        return state.get(field) instanceof Number number ? number : 0L;
    }
}
