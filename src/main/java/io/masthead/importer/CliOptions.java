package io.masthead.importer;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The command line of {@link ImportCli}; the token may come from the environment, out of sight of ps. */
record CliOptions(URI url, String token, Duration interval, int partLines, Path file) {
    /** Half the server's default limit of lines per job, so that a part's upload and import stay short. */
    static final int DEFAULT_PART_LINES = 50_000;
    /** Below the server's 200 MB body limit, with room for a last long line. */
    static final long PART_BYTES = 150_000_000;
    static final String USAGE = """
            Usage: masthead-import --url URL [--token TOKEN] [--interval-ms 500] [--part-lines 50000] FILE.ndjson
              --url          the Masthead server, such as http://localhost:8080
              --token        an API key with the editor role; default: the MASTHEAD_TOKEN environment variable
              --interval-ms  how often to poll the job's progress, in milliseconds (default 500)
              --part-lines   a longer file (or one over 150 MB) is uploaded in parts of at most this many lines,
                             one import job each; at most the server's masthead.import.max-lines (default 50000)
            Exit status: 0 every line imported, 1 some lines (or the job) failed, 2 usage or HTTP error.""";

    static CliOptions parse(String[] args, String tokenFromEnvironment) {
        String url = null;
        String token = tokenFromEnvironment;
        long intervalMs = 500;
        int partLines = DEFAULT_PART_LINES;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = valueOf(args, ++i, "--url");
                case "--token" -> token = valueOf(args, ++i, "--token");
                case "--interval-ms" -> intervalMs = interval(valueOf(args, ++i, "--interval-ms"));
                case "--part-lines" -> partLines = partLines(valueOf(args, ++i, "--part-lines"));
                default -> {
                    if (args[i].startsWith("--") || file != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    file = args[i];
                }
            }
        }
        if (url == null || !url.matches("https?://.+")) {
            throw new IllegalArgumentException("--url must be an http or https URL");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token (or MASTHEAD_TOKEN) is required");
        }
        if (file == null || !Files.isReadable(Path.of(file))) {
            throw new IllegalArgumentException(file == null ? "the NDJSON file is missing" : "cannot read " + file);
        }
        return new CliOptions(URI.create(url.replaceAll("/+$", "")), token, Duration.ofMillis(intervalMs), partLines,
                Path.of(file));
    }

    private static String valueOf(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int partLines(String value) {
        try {
            int lines = Integer.parseInt(value);
            if (lines >= 1) {
                return lines;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--part-lines must be a whole number of at least 1");
    }

    private static long interval(String value) {
        try {
            long ms = Long.parseLong(value);
            if (ms >= 50) {
                return ms;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--interval-ms must be a whole number of at least 50");
    }
}
