package io.masthead.importer;

import static io.masthead.importer.ImportFiles.article;
import static io.masthead.importer.ImportFiles.line;
import static io.masthead.importer.ImportFiles.tag;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command-line importer in-process against the test server. */
@QuarkusTest
class ImportCliTest {
    @TestHTTPResource("/")
    URL server;
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldImportAFileAndShowItsProgressUpToTheEnd() throws IOException {
        String editor = ManageApi.newToken("editor");
        String topic = Fixtures.unique("cli");
        Path file = write(
                line("published", article(topic + "-1", "First by the command line", topic), null, List.of(tag(topic))),
                line("published", article(topic + "-2", "Second by the command line", topic), null, null),
                line("published", article(topic + "-3", "Third by the command line", topic), null, null));

        int exit = run("--url", server.toString(), "--token", editor, "--interval-ms", "100", file.toString());

        assertEquals(ImportCli.OK, exit, err.toString(StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8),
                containsString("[" + "#".repeat(ProgressBar.WIDTH) + "]  3/3  100.0%  failed 0"));
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("completed"));
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("3 of 3 lines imported, 0 failed"));
        for (int i = 1; i <= 3; i++) {
            given().queryParam("lang", "en")
                    .when().get("/api/v1/articles/{slug}", topic + "-" + i)
                    .then().statusCode(200)
                    .body("tags.slug[0]", equalTo(topic));
        }
    }

    @Test
    void shouldExitWithOneAndListTheLinesThatFailed() throws IOException {
        String editor = ManageApi.newToken("editor");
        Path file = write(line(null, article(Fixtures.unique("cli-draft"), "A fine draft"), null, null),
                line(null, article(Fixtures.unique("cli-headless"), null), null, null));

        int exit = run("--url", server.toString(), "--token", editor, file.toString());

        assertEquals(ImportCli.LINES_FAILED, exit);
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("2/2  100.0%  failed 1"));
        assertThat(out.toString(StandardCharsets.UTF_8),
                containsString("line 2: #/article/headline must not be blank"));
    }

    @Test
    void shouldUploadALongFileInPartsAndNameFailedLinesByTheirLineInTheFile() throws IOException {
        String editor = ManageApi.newToken("editor");
        String slug = Fixtures.unique("cli-part");
        Path file = write(line("published", article(slug + "-1", "Part one, first"), null, null),
                line("published", article(slug + "-2", "Part one, second"), null, null),
                line("published", article(slug + "-3", "Part two, first"), null, null),
                line("published", article(slug + "-4", null), null, null),
                line("published", article(slug + "-5", "Part three"), null, null));

        int exit = run("--url", server.toString(), "--token", editor, "--interval-ms", "100", "--part-lines", "2",
                file.toString());

        assertEquals(ImportCli.LINES_FAILED, exit, err.toString(StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("in 3 parts of one job each"));
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("5/5  100.0%  failed 1"));
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("of 3 parts completed"));
        assertThat(out.toString(StandardCharsets.UTF_8), containsString("4 of 5 lines imported, 1 failed"));
        assertThat(out.toString(StandardCharsets.UTF_8),
                containsString("line 4: #/article/headline must not be blank"));
        assertThat(out.toString(StandardCharsets.UTF_8), not(containsString("line 2:")));
        for (int i = 1; i <= 5; i++) {
            given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug + "-" + i)
                    .then().statusCode(i == 4 ? 404 : 200);
        }
    }

    @Test
    void shouldExitWithTwoWhenTheServerRefusesTheUpload() throws IOException {
        Path file = write(line(null, article(null, "Never imported"), null, null));

        int exit = run("--url", server.toString(), "--token", "mh_not_a_key_anyone_issued", file.toString());

        assertEquals(ImportCli.USAGE_OR_HTTP_ERROR, exit);
        assertThat(err.toString(StandardCharsets.UTF_8),
                containsString("HTTP 401 from POST " + server.toString().replaceAll("/$", "") + "/manage/v1/import: "
                        + "The API key is unknown or has been revoked."));
    }

    @Test
    void shouldExitWithTwoAndShowTheUsageForBadArguments() {
        int exit = run("--url", "localhost:8080", "--token", "x", dir.resolve("missing.ndjson").toString());

        assertEquals(ImportCli.USAGE_OR_HTTP_ERROR, exit);
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("--url must be an http or https URL"));
        assertThat(err.toString(StandardCharsets.UTF_8), containsString("Usage: masthead-import"));
    }

    private int run(String... args) {
        return ImportCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("articles.ndjson"), ImportFiles.file(lines));
    }
}
