package io.masthead.home;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A new user's first request finds the way in, not a 404. */
@QuarkusTest
class HomeTest {
    @Test
    void shouldLinkTheContractAndTheCollectionsFromTheServerRoot() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType("application/json")
                .header("ETag", notNullValue())
                .body("name", equalTo("Masthead API"))
                .body("links.contract", equalTo("/q/openapi"))
                .body("links.documentation", equalTo("/q/swagger-ui/"))
                .body("links.articles", equalTo("/api/v1/articles"));
    }

    @Test
    void shouldAnswerTheDeliveryRootWithTheSameLinks() {
        String root = given().when().get("/").then().statusCode(200).extract().asString();
        given().when().get("/api/v1")
                .then().statusCode(200)
                .body(equalTo(root));
    }

    @Test
    void shouldLinkOnlyPathsThatAnswer() {
        Map<String, String> links = JsonPath.from(given().when().get("/api/v1").then().statusCode(200)
                .extract().asString()).getMap("links");
        links.forEach((name, path) -> {
            // The site answers 404 until an admin has configured it, as it is in this test run.
            int expected = path.startsWith("/manage/") ? 401 : name.equals("site") ? 404 : 200;
            given().redirects().follow(false)
                    .when().get(path)
                    .then().statusCode(expected);
        });
    }
}
