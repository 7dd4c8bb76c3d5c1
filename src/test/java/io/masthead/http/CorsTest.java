package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browsers may read the delivery API from anywhere; only allow-listed origins may call the management API. */
@QuarkusTest
class CorsTest {
    static final String CMS = "https://cms.test.example";

    @Test
    void shouldLetAnyOriginReadTheDeliveryApi() {
        given().header("Origin", "https://news.example")
                .when().get("/api/v1/articles?limit=1")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void shouldRecognizeOnlyLoopbackOriginsAsLocalhost() {
        assertTrue(Cors.isLocalhost("http://localhost:3000"));
        assertTrue(Cors.isLocalhost("https://127.0.0.1:8443"));
        assertTrue(Cors.isLocalhost("http://[::1]:5173"));
        assertTrue(Cors.isLocalhost("http://localhost"));
        assertFalse(Cors.isLocalhost("http://localhost.evil.example"));
        assertFalse(Cors.isLocalhost("http://127.0.0.1.evil.example:3000"));
        assertFalse(Cors.isLocalhost("https://evil.example/http://localhost"));
    }

    @Test
    void shouldAnswerADeliveryPreflight() {
        given().header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/api/v1/articles")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Allow-Headers", containsString("If-Modified-Since"));
    }

    @Test
    void shouldAnswerAnAllowListedManagementOrigin() {
        given().header("Origin", CMS)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match, content-type")
                .when().options("/manage/v1/articles/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(CMS))
                .header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
    }

    @Test
    void shouldGiveOtherOriginsNoAccessToTheManagementApi() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/manage/v1/articles/0192f0c4-3b1e-7c55-9a51-5d6e0f1a2b3c")
                .then().statusCode(204)
                .header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Methods", nullValue());
        given().header("Origin", "https://evil.example")
                .when().get("/manage/v1/keys")
                .then().statusCode(401)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
