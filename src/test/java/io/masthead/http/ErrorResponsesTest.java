package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class ErrorResponsesTest {
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String INVALID_PARAMETER = "https://masthead.io/problems/invalid-parameter";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void shouldHideEverythingAboutAnUnexpectedExceptionBehindAnErrorId() {
        given().when().get("/test-only/boom")
                .then().statusCode(500)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Internal Server Error"))
                .body("status", equalTo(500))
                .body("detail", equalTo(
                        "The server failed to handle this request. Quote the errorId when you report it."))
                .body("instance", equalTo("/test-only/boom"))
                .body("errorId", matchesPattern(UUID_PATTERN))
                .body(allOf(not(containsString("secret_table")), not(containsString("hunter2")),
                        not(containsString("IllegalStateException")), not(containsString("java.")),
                        not(containsString("at io.masthead"))));
    }

    @Test
    void shouldGiveEachUnexpectedErrorItsOwnId() {
        String first = given().when().get("/test-only/boom").then().statusCode(500).extract().path("errorId");
        String second = given().when().get("/test-only/boom").then().statusCode(500).extract().path("errorId");

        assertNotEquals(first, second);
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenTheDatabaseIsDown() {
        given().when().get("/test-only/db-down")
                .then().statusCode(503)
                .contentType(PROBLEM_JSON)
                .header("Retry-After", equalTo("5"))
                .body("type", equalTo("https://masthead.io/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503))
                .body("detail", equalTo("The database is unavailable. Retry after 5 seconds."))
                .body("instance", equalTo("/test-only/db-down"))
                .body("errorId", nullValue())
                .body(allOf(not(containsString("Connection refused")), not(containsString("08001"))));
    }

    @Test
    void shouldAnswer415NamingTheContentTypeThatWasSent() {
        given().contentType("text/plain").body("a")
                .when().post("/test-only/echo")
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Unsupported Media Type"))
                .body("detail", allOf(containsString("This resource does not accept Content-Type"),
                        containsString("text/plain")))
                .body("instance", equalTo("/test-only/echo"));
    }

    @Test
    void shouldEchoAWellFormedBody() {
        given().contentType("application/json").body("{\"a\":\"x\"}")
                .when().post("/test-only/echo")
                .then().statusCode(200)
                .body("a", equalTo("x"));
    }

    @Test
    void shouldAnswer400ProblemForMalformedJson() {
        given().contentType("application/json").body("{\"a\":")
                .when().post("/test-only/echo")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://masthead.io/problems/invalid-body"))
                .body("title", equalTo("Invalid request body"))
                .body("detail", equalTo("The body is not valid JSON (line 1, column 6)."))
                .body("instance", equalTo("/test-only/echo"))
                .body(not(containsString("jackson")));
    }

    @Test
    void shouldAnswer400ProblemForAnUnknownProperty() {
        given().contentType("application/json").body("{\"b\":1}")
                .when().post("/test-only/echo")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://masthead.io/problems/invalid-body"))
                .body("detail", equalTo("#/b is not a field of this request body."))
                .body("errors[0].pointer", equalTo("#/b"))
                .body("instance", equalTo("/test-only/echo"))
                .body(not(containsString("Echo")));
    }

    @Test
    void shouldAnswer400ProblemForJsonOfTheWrongShape() {
        given().contentType("application/json").body("[1]")
                .when().post("/test-only/echo")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("https://masthead.io/problems/invalid-body"))
                .body("errors[0].pointer", equalTo("#"))
                .body("errors[0].detail", equalTo("must be an object"))
                .body("instance", equalTo("/test-only/echo"))
                .body(not(containsString("io.masthead")));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownApiPath() {
        given().when().get("/api/v1/nope")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No resource exists at /api/v1/nope."))
                .body("instance", equalTo("/api/v1/nope"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownPathOutsideTheApi() {
        given().when().get("/nope")
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("No resource exists at /nope."))
                .body("instance", equalTo("/nope"));
    }

    @Test
    void shouldAnswer405WithTheAllowHeaderTheRfcRequires() {
        given().when().delete("/api/v1/articles")
                .then().statusCode(405)
                .contentType(PROBLEM_JSON)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Method Not Allowed"))
                .body("detail", equalTo(
                        "This method is not allowed on /api/v1/articles. Allowed: GET, HEAD, OPTIONS."))
                .body("instance", equalTo("/api/v1/articles"));
    }

    @Test
    void shouldAnswer406WhenTheClientAcceptsOnlyHtml() {
        given().accept("text/html")
                .when().get("/api/v1/articles")
                .then().statusCode(406)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("about:blank"))
                .body("title", equalTo("Not Acceptable"))
                .body("detail", equalTo("This resource cannot produce any of the media types in Accept: "
                        + "text/html. It produces application/json."))
                .body("instance", equalTo("/api/v1/articles"));
    }

    @ParameterizedTest
    @CsvSource(value = {
            "limit| 0",
            "limit| 101",
            "limit| abc",
            "lang| <x>",
            "tag| Not_A_Slug",
            "section| Not_A_Slug",
            "cursor| !!!"}, delimiter = '|')
    void shouldAnswer400NamingTheBadParameter(String parameter, String value) {
        given().queryParam(parameter, value)
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(INVALID_PARAMETER))
                .body("title", equalTo("Invalid parameter"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/articles"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter));
    }

    @Test
    void shouldQuoteTheRejectedLimitInTheDetail() {
        given().queryParam("limit", "abc")
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("detail", equalTo("limit must be a whole number from 1 to 100; got 'abc'."))
                .body("errors[0].detail", equalTo("limit must be a whole number from 1 to 100; got 'abc'."));
    }

    @Test
    void shouldListEveryBadParameterAtOnce() {
        given().queryParam("lang", "!!").queryParam("tag", "BAD")
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(INVALID_PARAMETER))
                .body("detail", equalTo("2 parameters are invalid; see errors."))
                .body("errors.parameter", containsInAnyOrder("lang", "tag"))
                .body("errors.detail", hasItem(containsString("BCP 47")))
                .body("errors.detail", hasItem(containsString("slug")));
    }
}
