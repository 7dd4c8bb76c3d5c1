package io.masthead.manage;

import static io.restassured.RestAssured.given;

import io.masthead.testing.ManageApi;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Article bodies and calls that the management tests share. */
final class ManagedArticles {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEMS = "https://masthead.io/problems/";

    private ManagedArticles() {
    }

    /** A minimal valid body. It is mutable, so that a test can add, change or break fields. */
    static Map<String, Object> content(String headline) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("language", "en");
        content.put("headline", headline);
        content.put("kicker", "Kicker");
        content.put("standfirst", "Standfirst of " + headline);
        content.put("blocks", List.of(paragraph("First paragraph with <b>bold</b> words.")));
        return content;
    }

    static Map<String, Object> paragraph(String html) {
        return Map.of("type", "paragraph", "html", html);
    }

    static ExtractableResponse<Response> create(String token, Map<String, Object> content) {
        return ManageApi.as(token).body(content)
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .extract();
    }

    static ExtractableResponse<Response> get(String token, String id) {
        return ManageApi.as(token).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .extract();
    }

    static ExtractableResponse<Response> publish(String token, String id, String etag) {
        return ManageApi.as(token).header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/publish", id)
                .then().statusCode(200)
                .extract();
    }

    /** The status of the public article by slug: 200 while it is published, 404 otherwise. */
    static int deliveryStatus(String slug, String language) {
        return given().queryParam("lang", language)
                .when().get("/api/v1/articles/{slug}", slug)
                .then().extract().statusCode();
    }
}
