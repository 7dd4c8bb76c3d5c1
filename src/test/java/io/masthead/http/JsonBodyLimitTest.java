package io.masthead.http;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JsonBodyLimitTest {

    @Test
    void shouldRefuseAJsonBodyOverTheLimitBeforeReadingIt() {
        String body = "{\"headline\": \"" + "x".repeat((int) Limits.MAX_JSON_BODY_BYTES) + "\"}";

        ManageApi.asAdmin().body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/payload-too-large"))
                .body("detail", startsWith("A JSON request body may hold at most 10485760 bytes"))
                .body("instance", equalTo("/manage/v1/articles"));
    }
}
