package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RawHttp;
import io.masthead.testing.RawHttp.Reply;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Body size limits against real uploads: a declared length is refused before the body is read, and a chunked body
 * (which declares none) is refused as soon as it passes the limit, with a problem body, after which the server
 * closes the connection and keeps answering other requests.
 */
@QuarkusTest
class BodyLimitTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MIB = 1024 * 1024;
    private static final String AUTHORIZATION = "Authorization: Bearer " + ManageApi.ADMIN_TOKEN;
    private static final String PAYLOAD_TOO_LARGE = "https://masthead.io/problems/payload-too-large";
    private static final String JSON_LIMIT = "A JSON request body may hold at most 10485760 bytes";

    @Test
    void shouldRefuseADeclaredJsonBodyOverTheLimitBeforeReadingIt() throws Exception {
        long declared = 11 * MIB;
        Reply reply = RawHttp.send(RawHttp.head("POST /manage/v1/articles HTTP/1.1", AUTHORIZATION,
                "Content-Type: application/json", "Content-Length: " + declared),
                RawHttp.nothing());

        assertProblem(reply, "/manage/v1/articles", JSON_LIMIT + "; this one declares 11534336.");
        assertServerStillAnswers();
    }

    @Test
    void shouldRefuseAChunkedJsonBodyAsSoonAsItPassesTheLimit() throws Exception {
        Reply reply = RawHttp.send(RawHttp.head("POST /manage/v1/articles HTTP/1.1", AUTHORIZATION,
                "Content-Type: application/json", "Transfer-Encoding: chunked"),
                RawHttp.chunked("{\"language\": \"en\", \"headline\": \"", (byte) 'x', 120 * MIB, "\"}"));

        assertProblem(reply, "/manage/v1/articles", JSON_LIMIT + "; this one is larger.");
        assertServerStillAnswers();
    }

    @Test
    void shouldRefuseAChunkedBodyJustOverTheLimitThatJacksonWouldReadAsATooLongString() throws Exception {
        Reply reply = RawHttp.send(RawHttp.head("PATCH /manage/v1/articles/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c "
                        + "HTTP/1.1", AUTHORIZATION, "Content-Type: application/merge-patch+json",
                        "If-Match: \"v1\"", "Transfer-Encoding: chunked"),
                RawHttp.chunked("{\"headline\": \"", (byte) 'x', 24 * MIB, "\"}"));

        assertProblem(reply, "/manage/v1/articles/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c",
                JSON_LIMIT + "; this one is larger.");
        assertServerStillAnswers();
    }

    @Test
    void shouldAcceptAChunkedJsonBodyUnderTheLimit() throws Exception {
        Reply reply = RawHttp.send(RawHttp.head("POST /manage/v1/keys HTTP/1.1", AUTHORIZATION,
                "Content-Type: application/json", "Transfer-Encoding: chunked", "Connection: close"),
                RawHttp.chunked("{\"name\": \"chunked-" + System.nanoTime() + "\", \"role\": \"editor\"", (byte) ' ',
                        2 * MIB, "}"));

        assertThat(reply.body(), reply.status(), is(201));
        assertThat(JSON.readTree(reply.body()).path("key").path("role").asText(), equalTo("editor"));
    }

    @Test
    void shouldRefuseAnImportThatDeclaresMoreThanTheHttpLimit() throws Exception {
        Reply reply = RawHttp.send(RawHttp.head("POST /manage/v1/import HTTP/1.1", AUTHORIZATION,
                "Content-Type: application/x-ndjson", "Content-Length: 300000000"),
                RawHttp.nothing());

        assertProblem(reply, "/manage/v1/import",
                "A request body may hold at most 209715200 bytes; this one declares 300000000.");
        assertServerStillAnswers();
    }

    @Test
    void shouldRefuseAChunkedImportOverTheHttpLimitWithAProblemBody() throws Exception {
        // Lines of spaces are blank: they are read and skipped, so only the size of the upload counts.
        byte[] blankLine = (" ".repeat((int) MIB - 1) + "\n").getBytes(StandardCharsets.US_ASCII);
        Reply reply = RawHttp.send(RawHttp.head("POST /manage/v1/import HTTP/1.1", AUTHORIZATION,
                "Content-Type: application/x-ndjson", "Transfer-Encoding: chunked"),
                RawHttp.repeatedChunks(blankLine, 201));

        assertProblem(reply, "/manage/v1/import", "A request body may hold at most 209715200 bytes; this one is "
                + "larger.");
        assertServerStillAnswers();
    }

    private static void assertProblem(Reply reply, String instance, String detail) throws Exception {
        assertThat(reply.body(), reply.status(), is(413));
        assertThat(reply.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(reply.header("Connection"), equalTo("close"));
        assertThat(reply.closed(), is(true));
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("type").asText(), equalTo(PAYLOAD_TOO_LARGE));
        assertThat(problem.path("status").asInt(), equalTo(413));
        assertThat(problem.path("detail").asText(), equalTo(detail));
        assertThat(problem.path("instance").asText(), equalTo(instance));
        assertThat(problem.path("requestId").asText(), equalTo(reply.header("X-Request-Id")));
    }

    private static void assertServerStillAnswers() {
        given().when().get("/api/v1/articles").then().statusCode(200);
    }
}
