package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.LowLimits.class)
class RateLimitTest {
    static final int LIMIT = 3;
    /** Enough requests to run out even if a new one-minute window starts during the test. */
    static final int ATTEMPTS = 2 * LIMIT + 2;

    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("masthead.rate-limit.delivery-per-minute", String.valueOf(LIMIT),
                    "masthead.rate-limit.management-per-minute", String.valueOf(LIMIT));
        }
    }

    @Test
    void shouldCountDownAndThenAnswer429WithRetryAfter() {
        Response limited = untilLimited("/api/v1/tags?limit=1", 200);

        limited.then().contentType("application/problem+json")
                .header(RateLimiter.LIMIT, equalTo(String.valueOf(LIMIT)))
                .header(RateLimiter.REMAINING, equalTo("0"))
                .body("type", equalTo("https://masthead.io/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("instance", equalTo("/api/v1/tags"));
        assertThat(Integer.parseInt(limited.header("Retry-After")), lessThanOrEqualTo(60));
    }

    @Test
    void shouldLimitTheManagementApiSeparatelyAndBeforeAuthentication() {
        Response limited = untilLimited("/manage/v1/keys", 401);

        limited.then().body("title", equalTo("Too many requests"))
                .header(RateLimiter.LIMIT, equalTo(String.valueOf(LIMIT)));
    }

    /** Sends requests until one is refused; every earlier one must pass with a decreasing remaining count. */
    private static Response untilLimited(String path, int allowedStatus) {
        Integer previousRemaining = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            Response response = given().when().get(path);
            if (response.statusCode() == 429) {
                return response;
            }
            assertThat(response.statusCode(), equalTo(allowedStatus));
            int remaining = Integer.parseInt(response.header(RateLimiter.REMAINING));
            assertTrue(previousRemaining == null || remaining < previousRemaining || remaining == LIMIT - 1,
                    "remaining goes down within a window: " + previousRemaining + " then " + remaining);
            previousRemaining = remaining;
        }
        throw new AssertionError("no 429 after " + ATTEMPTS + " requests to " + path);
    }
}
