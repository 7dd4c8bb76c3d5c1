package io.masthead.sync;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One article written through the management API, as an editor would, keeping its current ETag. */
final class Editor {
    private final String token;
    final String id;
    final String slug;
    private String etag;

    private Editor(String token, ExtractableResponse<Response> created) {
        this.token = token;
        this.id = created.path("id");
        this.slug = created.path("content.slug");
        this.etag = created.header("ETag");
    }

    static Map<String, Object> content(String headline) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("language", "en");
        content.put("headline", headline);
        content.put("standfirst", "Standfirst of " + headline);
        content.put("blocks", List.of(Map.of("type", "paragraph", "html", "A paragraph about " + headline + ".")));
        return content;
    }

    static Editor draft(String token, String headline) {
        return create(token, content(headline), false);
    }

    static Editor published(String token, String headline) {
        return create(token, content(headline), true);
    }

    static Editor create(String token, Map<String, Object> content, boolean publish) {
        return new Editor(token, ManageApi.as(token).queryParam("publish", publish).body(content)
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .extract());
    }

    static String rfc3339(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static OffsetDateTime inSeconds(double seconds) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusNanos((long) (seconds * 1_000_000_000L));
    }

    Editor publish() {
        return publishAt(null);
    }

    /** Publishes at {@code at}; a time in the future schedules the article. */
    Editor publishAt(OffsetDateTime at) {
        var request = ManageApi.as(token).header("If-Match", etag);
        if (at != null) {
            request.body(Map.of("publishedAt", rfc3339(at)));
        }
        return expect(request.when().post("/manage/v1/articles/{id}/publish", id));
    }

    Editor unpublish() {
        return expect(ManageApi.as(token).header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/unpublish", id));
    }

    Editor archive() {
        return expect(ManageApi.as(token).header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/archive", id));
    }

    Editor headline(String headline) {
        return expect(ManageApi.as(token).header("If-Match", etag).contentType("application/merge-patch+json")
                .body(Map.of("headline", headline))
                .when().patch("/manage/v1/articles/{id}", id));
    }

    Editor restore(long version) {
        return expect(ManageApi.as(token).header("If-Match", etag)
                .when().post("/manage/v1/articles/{id}/revisions/{version}/restore", id, version));
    }

    /** Needs an admin token. */
    void delete() {
        ManageApi.as(token).header("If-Match", etag)
                .when().delete("/manage/v1/articles/{id}", id)
                .then().statusCode(204);
    }

    String updatedAt() {
        return ManageApi.as(token).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200).extract().path("updatedAt");
    }

    private Editor expect(Response response) {
        etag = response.then().statusCode(200).extract().header("ETag");
        return this;
    }

    static String unique(String prefix) {
        return Fixtures.unique(prefix);
    }
}
