package io.masthead.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.masthead.testing.Contract;
import io.masthead.testing.ManageApi;
import io.masthead.testing.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every operation of both APIs, present and future, refuses query parameters it does not declare, single-valued
 * parameters given twice, and empty ones. The test walks every route the application has, so a new operation is
 * covered the day it is added.
 */
@QuarkusTest
class StrictParametersTest {
    private static final String INVALID_PARAMETER = "https://masthead.io/problems/invalid-parameter";
    private static final String UNKNOWN = "is not a parameter of this operation";

    @Inject
    AllowedMethods allowed;

    @Test
    void shouldRefuseAnUndeclaredParameterOnEveryOperation() {
        List<RouteWalk.Route> routes = RouteWalk.routes(allowed);
        assertThat(routes, not(empty()));
        for (RouteWalk.Route route : routes) {
            for (String method : route.methods()) {
                ExtractableResponse<Response> reply = send(method, route.path() + "?zz-undeclared=1");

                assertThat(method + " " + route, reply.statusCode(), equalTo(400));
                assertThat(reply.<String>path("type"), equalTo(INVALID_PARAMETER));
                assertThat(reply.<List<String>>path("errors.parameter"), contains("zz-undeclared"));
                assertThat(reply.<String>path("errors[0].detail"), startsWith(UNKNOWN));
                assertThat(reply.<String>path("detail"), startsWith("zz-undeclared " + UNKNOWN));
            }
        }
    }

    private static final JsonNode CONTRACT = Contract.read(Contract.FILE);

    @Test
    void shouldRefuseARepeatedOrEmptyParameterOnEveryOperationThatDeclaresIt() {
        int checked = 0;
        for (RouteWalk.Route route : RouteWalk.routes(allowed)) {
            for (String method : route.methods()) {
                for (String parameter : declared(method, route)) {
                    ExtractableResponse<Response> repeated = send(method, route.path() + "?" + parameter + "=a&"
                            + parameter + "=b");
                    if (repeatable(method, route, parameter)) {
                        assertThat(method + " " + route + " " + parameter, repeated.<List<String>>path("errors.detail"),
                                not(hasItem("may be given only once")));
                    } else {
                        assertThat(method + " " + route + " " + parameter, repeated.statusCode(), equalTo(400));
                        assertThat(repeated.<List<String>>path("errors.parameter"), contains(parameter));
                        assertThat(repeated.<List<String>>path("errors.detail"), contains("may be given only once"));
                    }

                    ExtractableResponse<Response> empty = send(method, route.path() + "?" + parameter + "=");
                    assertThat(method + " " + route + " " + parameter, empty.statusCode(), equalTo(400));
                    assertThat(empty.<List<String>>path("errors.parameter"), contains(parameter));
                    assertThat(empty.<List<String>>path("errors.detail"), contains("must not be empty"));
                    checked++;
                }
            }
        }
        assertThat("parameters checked", checked, not(equalTo(0)));
    }

    @Test
    void shouldNameTheParametersAnOperationAccepts() {
        ExtractableResponse<Response> reply = send("GET", "/api/v1/articles?password=x&passwordHash=y");

        assertThat(reply.statusCode(), equalTo(400));
        assertThat(reply.<String>path("detail"), equalTo("2 parameters are invalid; see errors."));
        assertThat(reply.<List<String>>path("errors.parameter"), containsInAnyOrder("password", "passwordHash"));
        List<String> details = reply.path("errors.detail");
        assertThat(details, hasSize(2));
        assertThat(details.get(0), startsWith(UNKNOWN + "; it accepts: "));
        assertThat(accepted(details.get(0)), equalTo(accepted(details.get(1))));
        assertThat(accepted(details.get(0)), contains("author", "count", "cursor", "fields", "from", "lang", "limit", "q",
                "section", "sort", "tag", "tagMode", "to", "type"));
    }

    @Test
    void shouldNotTakeTheFirstOfTwoLimits() {
        ExtractableResponse<Response> reply = send("GET", "/api/v1/articles?limit=5&limit=500");

        assertThat(reply.statusCode(), equalTo(400));
        assertThat(reply.<String>path("detail"), equalTo("limit may be given only once."));
    }

    @Test
    void shouldRefuseANulCharacterInAQueryOrPathParameter() {
        ExtractableResponse<Response> query = send("GET", "/api/v1/articles?lang=e%00n");
        assertThat(query.statusCode(), equalTo(400));
        assertThat(query.<List<String>>path("errors.parameter"), contains("lang"));
        assertThat(query.<List<String>>path("errors.detail"), contains("must not contain the NUL character (U+0000)"));

        ExtractableResponse<Response> path = send("GET", "/api/v1/articles/harbour%00deal");
        assertThat(path.statusCode(), equalTo(400));
        assertThat(path.<List<String>>path("errors.parameter"), contains("slug"));

        ExtractableResponse<Response> manage = send("GET", "/manage/v1/tags/" + "x%00y");
        assertThat(manage.statusCode(), equalTo(400));
        assertThat(manage.<List<String>>path("errors.parameter"), contains("id"));
    }

    @Test
    void shouldHaveTheHttpLayerRefuseANulCharacterInAHeader() throws Exception {
        RawHttp.Reply reply = RawHttp.send(RawHttp.head("GET /api/v1/articles HTTP/1.1", "Idempotency-Key: a\u0000b",
                "Connection: close"), RawHttp.nothing());

        assertThat(reply.status(), equalTo(400));
    }

    /** The parameters an operation declares, as its answer to an undeclared one lists them. */
    /** Whether the contract declares the parameter an array, which a client sends by repeating it. */
    private static boolean repeatable(String method, RouteWalk.Route route, String parameter) {
        for (JsonNode declared : CONTRACT.path("paths").path(route.template()).path(method.toLowerCase(Locale.ROOT))
                .path("parameters")) {
            if (parameter.equals(declared.path("name").asText())) {
                return "array".equals(declared.path("schema").path("type").asText());
            }
        }
        return false;
    }

    private List<String> declared(String method, RouteWalk.Route route) {
        String detail = send(method, route.path() + "?zz-undeclared=1").path("errors[0].detail");
        return detail.contains("it accepts: ") ? accepted(detail) : List.of();
    }

    private static List<String> accepted(String detail) {
        return new ArrayList<>(Arrays.asList(detail.substring(detail.indexOf("it accepts: ") + 12).split(", ")));
    }

    /** Sends the request with the media type the operation consumes, so that only its parameters are wrong. */
    private ExtractableResponse<Response> send(String method, String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        List<String> consumes = allowed.consumes(path, method);
        return ManageApi.asAdmin().contentType(consumes.isEmpty() ? "application/json" : consumes.get(0))
                .urlEncodingEnabled(false)
                .when().request(method, pathAndQuery)
                .then().extract();
    }
}
