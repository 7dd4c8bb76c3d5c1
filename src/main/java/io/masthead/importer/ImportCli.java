package io.masthead.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
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
        List<FileParts.Part> parts = FileParts.split(options.file(), options.partLines(), CliOptions.PART_BYTES);
        err.printf(Locale.ROOT, "Uploading %s (%.1f MB%s)%n", options.file(), Files.size(options.file()) / 1e6,
                parts.size() > 1 ? ", in " + parts.size() + " parts of one job each" : "");
        ImportClient client = new ImportClient(options);
        // The server imports the parts in the order they arrive, the first while the next ones upload.
        List<ImportClient.Job> jobs = new ArrayList<>();
        for (FileParts.Part part : parts) {
            jobs.add(client.upload(part));
        }
        ProgressBar bar = new ProgressBar(err);
        List<Map<String, Object>> states = new ArrayList<>(jobs.stream().map(ImportClient.Job::state).toList());
        while (true) {
            long total = sum(states, "total");
            long processed = sum(states, "processed");
            bar.draw(processed, total, total == 0 ? 100.0 : Math.floor(processed * 1000.0 / total) / 10,
                    sum(states, "failed"));
            if (states.stream().noneMatch(ImportCli::running)) {
                break;
            }
            Thread.sleep(options.interval().toMillis());
            for (int i = 0; i < jobs.size(); i++) {
                if (running(states.get(i))) {
                    states.set(i, client.get(jobs.get(i).uri()));
                }
            }
        }
        bar.finish();
        return report(jobs, parts, states, (System.nanoTime() - started) / 1e9, out);
    }

    private static boolean running(Map<String, Object> state) {
        return List.of("queued", "running").contains(state.get("status"));
    }

    private static int report(List<ImportClient.Job> jobs, List<FileParts.Part> parts,
                              List<Map<String, Object>> states, double seconds, PrintStream out) {
        long total = sum(states, "total");
        long failed = sum(states, "failed");
        boolean completed = states.stream().allMatch(state -> "completed".equals(state.get("status")));
        out.printf(Locale.ROOT, "Import %s %s in %.1f s: %s of %s lines imported, %s failed (%.1f lines/s).%n",
                jobs.size() == 1 ? jobs.get(0).uri() : "of " + jobs.size() + " parts",
                completed ? "completed" : "failed", seconds, ProgressBar.grouped(sum(states, "succeeded")),
                ProgressBar.grouped(total), ProgressBar.grouped(failed), total / Math.max(seconds, 0.001));
        int printed = 0;
        for (int i = 0; i < jobs.size(); i++) {
            Map<String, Object> state = states.get(i);
            if (state.get("failure") != null) {
                out.println(state.get("failure"));
            }
            List<?> errors = state.get("errors") instanceof List<?> list ? list : List.of();
            int shown = Math.min(errors.size(), ERRORS_PRINTED - printed);
            for (Object error : errors.subList(0, shown)) {
                printLineError((Map<?, ?>) error, parts.get(i).firstLine(), out);
            }
            printed += shown;
            if (count(state, "failed") > shown) {
                out.println("... all failed lines" + (parts.get(i).firstLine() == 0 ? ""
                        : " (their numbers count from line " + (parts.get(i).firstLine() + 1) + " of the file)")
                        + ": GET " + jobs.get(i).uri() + "/errors");
            }
        }
        return completed && failed == 0 ? OK : LINES_FAILED;
    }

    /** A job's line numbers count from the start of its part. */
    private static void printLineError(Map<?, ?> error, long firstLine, PrintStream out) {
        long line = ((Number) error.get("line")).longValue() + firstLine;
        for (Object field : (List<?>) error.get("errors")) {
            Map<?, ?> at = (Map<?, ?>) field;
            out.println("line " + line + ": " + at.get("pointer") + " " + at.get("detail"));
        }
    }

    private static long sum(List<Map<String, Object>> states, String field) {
        return states.stream().mapToLong(state -> count(state, field)).sum();
    }

    private static long count(Map<String, Object> state, String field) {
        return number(state, field).longValue();
    }

    private static Number number(Map<String, Object> state, String field) {
        return state.get(field) instanceof Number number ? number : 0L;
    }
}
