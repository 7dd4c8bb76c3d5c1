package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RawHttp;
import io.masthead.testing.RawHttp.Reply;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every response carries, whatever its status: a request id and the security headers. */
@QuarkusTest
class ResponseHeadersTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/articles", "/api/v1/articles/no-such-story", "/api/v1/articles?limit=0",
            "/api/v1/articles?sort=password", "/manage/v1/articles", "/test-only/boom"})
    void shouldSendTheSecurityHeadersOnEveryApiResponse(String path) {
        ExtractableResponse<Response> reply = given().urlEncodingEnabled(false).when().get(path).then().extract();

        assertThat(path, reply.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(path, reply.header("Referrer-Policy"), equalTo("no-referrer"));
        assertThat(reply.header("X-Request-Id"), matchesPattern(UUID));
        if (!path.startsWith("/test-only")) {
            assertThat(path, reply.header("Content-Security-Policy"), equalTo(API_POLICY));
        }
    }

    @Test
    void shouldSendThemOnA304() {
        String etag = given().when().get("/api/v1/articles").then().statusCode(200).extract().header("ETag");

        given().header("If-None-Match", etag).when().get("/api/v1/articles")
                .then().statusCode(304)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", API_POLICY)
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/swagger-ui/", "/no/such/page"})
    void shouldSendNosniffOutsideTheApiButLeaveSwaggerUiItsScripts(String path) {
        ExtractableResponse<Response> reply = given().when().get(path).then().extract();

        assertThat(path, reply.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(path, reply.header("Referrer-Policy"), equalTo("no-referrer"));
        assertThat(path, reply.header("X-Request-Id"), matchesPattern(UUID));
        assertThat(path, reply.header("Content-Security-Policy"), nullValue());
    }

    @Test
    void shouldKeepAWellFormedRequestIdAndPutItInTheProblem() {
        given().header("X-Request-Id", "client-trace:42.a_b-c")
                .when().get("/api/v1/articles?limit=0")
                .then().statusCode(400)
                .header("X-Request-Id", "client-trace:42.a_b-c")
                .body("requestId", equalTo("client-trace:42.a_b-c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has space", "quote\"d", "semi;colon", "",
            "longer-than-128-" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                    + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"})
    void shouldReplaceAMalformedRequestId(String sent) {
        ExtractableResponse<Response> reply = given().header("X-Request-Id", sent)
                .when().get("/api/v1/articles/no-such-story")
                .then().statusCode(404).extract();

        assertThat(reply.header("X-Request-Id"), matchesPattern(UUID));
        assertThat(reply.<String>path("requestId"), equalTo(reply.header("X-Request-Id")));
    }

    @Test
    void shouldNameTheRequestInTheProblemOfEveryKind() {
        for (ExtractableResponse<Response> reply : List.of(
                ManageApi.asAdmin().body("{").when().post("/manage/v1/articles").then().extract(),
                given().when().get("/manage/v1/articles").then().extract(),
                given().when().delete("/api/v1/articles").then().extract(),
                given().when().get("/test-only/boom").then().extract())) {
            assertThat(reply.statusCode() + " " + reply.asString(), reply.<String>path("requestId"),
                    equalTo(reply.header("X-Request-Id")));
        }
    }

    @Test
    void shouldPutTheRequestIdIntoTheLogLinesOfTheRequest() {
        List<ExtLogRecord> records = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                ExtLogRecord ext = (ExtLogRecord) record;
                ext.copyMdc();
                records.add(ext);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.masthead.http.ProblemMappers");
        logger.addHandler(capture);
        try {
            given().header("X-Request-Id", "log-trace-1").when().get("/test-only/boom").then().statusCode(500);
        } finally {
            logger.removeHandler(capture);
        }

        assertThat(records.stream().map(record -> record.getMdc("requestId")).toList(), hasItem("log-trace-1"));
    }

    @Test
    void shouldAnswerAnOverLongRequestTargetWith414AndAProblem() throws Exception {
        String path = "/api/v1/articles?tag=" + "a".repeat(Limits.MAX_REQUEST_TARGET_LENGTH);
        Reply reply = RawHttp.send(RawHttp.head("GET " + path + " HTTP/1.1", "Connection: close"), RawHttp.nothing());

        assertThat(reply.status(), is(414));
        assertThat(reply.header("Content-Type"), startsWith("application/problem+json"));
        assertThat(reply.header("X-Content-Type-Options"), equalTo("nosniff"));
        JsonNode problem = JSON.readTree(reply.body());
        assertThat(problem.path("type").asText(), equalTo("https://masthead.io/problems/uri-too-long"));
        assertThat(problem.path("detail").asText(), equalTo("The request target (path and query) may be at most "
                + "8192 characters long; this one has " + path.length() + "."));
        assertThat(problem.path("instance").asText(), equalTo("/api/v1/articles"));
        assertThat(problem.path("requestId").asText(), equalTo(reply.header("X-Request-Id")));
    }

    @Test
    void shouldCutTheInstanceOfAnOverLongPath() throws Exception {
        String path = "/api/v1/articles/" + "%C3%BC".repeat(2000);
        Reply reply = RawHttp.send(RawHttp.head("GET " + path + " HTTP/1.1", "Connection: close"), RawHttp.nothing());

        assertThat(reply.status(), is(414));
        String instance = JSON.readTree(reply.body()).path("instance").asText();
        assertThat(instance, startsWith("/api/v1/articles/%C3%BC"));
        assertThat(instance, not(matchesPattern(".*%.?$")));
    }

    @Test
    void shouldExposeTheRequestIdToBrowsers() {
        given().header("Origin", "https://reader.example")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Request-Id"));
    }
}
