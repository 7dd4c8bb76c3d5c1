package io.masthead.http;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.startsWith;

import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every route of both APIs answers every method it does not declare with 405, an Allow header and a problem. */
@QuarkusTest
class MethodNotAllowedTest {
    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    @Inject
    AllowedMethods allowed;

    @Test
    void shouldAnswer405WithAllowForEveryMethodARouteDoesNotDeclare() {
        List<String> checked = new ArrayList<>();
        for (RouteWalk.Route route : RouteWalk.routes(allowed)) {
            Set<String> declared = route.methods();
            for (String method : METHODS) {
                if (declared.contains(method) || method.equals("HEAD") && declared.contains("GET")) {
                    continue;
                }
                ExtractableResponse<Response> reply = ManageApi.asAdmin().urlEncodingEnabled(false)
                        .when().request(method, route.path())
                        .then().extract();
                String where = method + " " + route;

                assertThat(where, reply.statusCode(), equalTo(405));
                List<String> allow = Arrays.asList(reply.header("Allow").split(", "));
                assertThat(where, allow, hasItems(declared.toArray(String[]::new)));
                assertThat(where, allow, hasItems("OPTIONS"));
                assertThat(where, allow.contains(method), equalTo(false));
                if (!method.equals("HEAD")) {
                    assertThat(where, reply.contentType(), startsWith("application/problem+json"));
                    assertThat(where, reply.<Integer>path("status"), equalTo(405));
                    assertThat(where, reply.<String>path("title"), equalTo("Method Not Allowed"));
                    assertThat(where, reply.<String>path("instance"), equalTo(route.path()));
                }
                checked.add(where);
            }
        }
        assertThat(checked, not(empty()));
    }
}
