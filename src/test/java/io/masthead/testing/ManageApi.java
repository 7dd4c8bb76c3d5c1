package io.masthead.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;

/** Requests to the management API with an API key. */
public final class ManageApi {
    /** The bootstrap admin token of the test profile (application.properties). */
    public static final String ADMIN_TOKEN = "mh_test_admin_key_for_the_test_suite_only";

    private ManageApi() {
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_TOKEN);
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Creates a key with the role and returns its token. */
    public static String newToken(String role) {
        return asAdmin().body(Map.of("name", Fixtures.unique(role), "role", role))
                .when().post("/manage/v1/keys")
                .then().statusCode(201)
                .extract().path("token");
    }
}
