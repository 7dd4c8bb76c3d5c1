package io.masthead.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The HTTP side of {@link ImportCli}: uploads the file and reads the job, on the JDK's own HTTP client. */
final class ImportClient {
    private static final String NDJSON = "application/x-ndjson";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final CliOptions options;

    ImportClient(CliOptions options) {
        this.options = options;
    }

    /** Streams the part from disk (it is never read into memory) and returns the job the server queued. */
    Job upload(FileParts.Part part) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> {
                    try {
                        return part.open();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }), part.length());
        HttpRequest request = request(URI.create(options.url() + "/manage/v1/import"))
                .header("Content-Type", NDJSON)
                .POST(body)
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        Map<String, Object> job = expect(response, 202);
        URI location = response.headers().firstValue("Location").map(request.uri()::resolve)
                .orElseThrow(() -> new Failure("The server accepted the upload but named no job (no Location)."));
        return new Job(location, job);
    }

    Map<String, Object> get(URI job) throws IOException, InterruptedException {
        HttpRequest request = request(job).timeout(TIMEOUT).GET().build();
        return expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 200);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + options.token())
                .header("Accept", "application/json");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> expect(HttpResponse<String> response, int status) {
        Object body;
        try {
            body = Json.parse(response.body());
        } catch (RuntimeException e) {
            body = null;
        }
        if (response.statusCode() == status && body instanceof Map) {
            return (Map<String, Object>) body;
        }
        throw new Failure(describe(response, body instanceof Map ? (Map<String, Object>) body : Map.of()));
    }

    /** The status and, from a problem+json body, its detail and each field or parameter at fault. */
    private static String describe(HttpResponse<String> response, Map<String, Object> problem) {
        StringBuilder message = new StringBuilder("HTTP " + response.statusCode() + " from "
                + response.request().method() + " " + response.uri());
        if (problem.get("detail") != null) {
            message.append(": ").append(problem.get("detail"));
        }
        if (problem.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> fields) {
                    Object at = Objects.requireNonNullElse(fields.get("pointer"), fields.get("parameter"));
                    message.append(System.lineSeparator()).append("  ").append(at).append(' ')
                            .append(fields.get("detail"));
                }
            }
        }
        return message.toString();
    }

    /** A job and its state as the server last reported it. */
    record Job(URI uri, Map<String, Object> state) {
    }

    /** The server refused a request or answered something unexpected. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message, null, false, false);
        }
    }
}
