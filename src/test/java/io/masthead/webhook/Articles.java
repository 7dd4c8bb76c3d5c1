package io.masthead.webhook;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Article changes through the management API, which is what fires the events webhooks observe. */
final class Articles {
    private Articles() {
    }

    /** An article, published (or scheduled, for a future time) when {@code publishedAt} is given. */
    static Written create(OffsetDateTime publishedAt) {
        Map<String, Object> content = content("Webhook story " + Fixtures.unique("h"));
        if (publishedAt != null) {
            content.put("publishedAt", publishedAt.toString());
        }
        return Written.of(ManageApi.asAdmin().body(content).queryParam("publish", publishedAt != null)
                .when().post("/manage/v1/articles")
                .then().statusCode(201).extract());
    }

    static Written replace(Written article, String headline) {
        Map<String, Object> content = content(headline);
        content.put("slug", article.slug());
        return Written.of(ManageApi.asAdmin().header("If-Match", article.etag()).body(content)
                .when().put("/manage/v1/articles/{id}", article.id())
                .then().statusCode(200).extract());
    }

    static Written publish(Written article) {
        return Written.of(ManageApi.asAdmin().header("If-Match", article.etag())
                .when().post("/manage/v1/articles/{id}/publish", article.id())
                .then().statusCode(200).extract());
    }

    static Written publish(Written article, OffsetDateTime at) {
        return Written.of(ManageApi.asAdmin().header("If-Match", article.etag())
                .body(Map.of("publishedAt", at.toString()))
                .when().post("/manage/v1/articles/{id}/publish", article.id())
                .then().statusCode(200).extract());
    }

    static Written unpublish(Written article) {
        return Written.of(ManageApi.asAdmin().header("If-Match", article.etag())
                .when().post("/manage/v1/articles/{id}/unpublish", article.id())
                .then().statusCode(200).extract());
    }

    static void delete(Written article) {
        ManageApi.asAdmin().header("If-Match", article.etag())
                .when().delete("/manage/v1/articles/{id}", article.id())
                .then().statusCode(204);
    }

    private static Map<String, Object> content(String headline) {
        Map<String, Object> content = new HashMap<>();
        content.put("language", "en");
        content.put("headline", headline);
        content.put("blocks", List.of(Map.of("type", "paragraph", "html", "A paragraph about " + headline + ".")));
        return content;
    }

    /** The article as the last write returned it. */
    record Written(String id, String slug, long version, String etag) {
        static Written of(ExtractableResponse<Response> response) {
            return new Written(response.path("id"), response.path("content.slug"),
                    ((Number) response.path("version")).longValue(), response.header("ETag"));
        }
    }
}
