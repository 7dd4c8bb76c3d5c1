package io.masthead.cache;

import io.masthead.testing.ManageApi;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** Writes through the management API, as an editor makes them, for the tests of what delivery keeps. */
public final class Editorial {
    private Editorial() {
    }

    public static ExtractableResponse<Response> draft(String slug, List<String> tags) {
        return ManageApi.asAdmin().body(Map.of("language", "en", "slug", slug, "headline", "Headline of " + slug,
                        "standfirst", "Standfirst.",
                        "tags", tags, "blocks", List.of(Map.of("type", "paragraph", "html", "Body text."))))
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .extract();
    }

    public static ExtractableResponse<Response> publish(ExtractableResponse<Response> article, String at) {
        return ManageApi.asAdmin().header("If-Match", article.header("ETag"))
                .body(at == null ? Map.of() : Map.of("publishedAt", at))
                .when().post("/manage/v1/articles/{id}/publish", article.<String>path("id"))
                .then().statusCode(200)
                .extract();
    }

    public static ExtractableResponse<Response> retitle(ExtractableResponse<Response> article, String headline) {
        return ManageApi.asAdmin().header("If-Match", article.header("ETag"))
                .contentType("application/merge-patch+json").body(Map.of("headline", headline))
                .when().patch("/manage/v1/articles/{id}", article.<String>path("id"))
                .then().statusCode(200)
                .extract();
    }

    public static ExtractableResponse<Response> unpublish(ExtractableResponse<Response> article) {
        return ManageApi.asAdmin().header("If-Match", article.header("ETag"))
                .when().post("/manage/v1/articles/{id}/unpublish", article.<String>path("id"))
                .then().statusCode(200)
                .extract();
    }

    public static ExtractableResponse<Response> tag(String slug, String name) {
        return ManageApi.asAdmin().body(tagContent(slug, name))
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .extract();
    }

    public static ExtractableResponse<Response> renameTag(ExtractableResponse<Response> tag, String name) {
        return ManageApi.asAdmin().header("If-Match", tag.header("ETag"))
                .body(tagContent(tag.path("content.slug"), name))
                .when().put("/manage/v1/tags/{id}", tag.<String>path("id"))
                .then().statusCode(200)
                .extract();
    }

    private static Map<String, Object> tagContent(String slug, String name) {
        return Map.of("slug", slug, "type", "topic", "names", Map.of("en", Map.of("name", name)));
    }
}
