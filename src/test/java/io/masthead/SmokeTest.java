package io.masthead;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;

@QuarkusTest
class SmokeTest {
    @Test
    void shouldStart() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
