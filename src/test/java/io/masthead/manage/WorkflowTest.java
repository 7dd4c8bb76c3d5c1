package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.content;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** draft → scheduled → published → archived, and what the delivery API shows at each step, at once. */
@QuarkusTest
class WorkflowTest {
    @Inject
    Fixtures fixtures;

    private String editor;
    private Tag tag;

    @BeforeEach
    void newEditorAndTag() {
        editor = ManageApi.newToken("editor");
        tag = fixtures.tag();
    }

    @Test
    void shouldServeAPublishedArticleAtOnce() {
        var draft = createDraft();
        assertHidden(draft);

        var published = ManagedArticles.publish(editor, draft.path("id"), draft.header("ETag"));

        assertEquals("published", published.path("status"));
        assertNotEquals(draft.header("ETag"), published.header("ETag"));
        assertEquals(published.path("content.publishedAt").toString(), published.path("firstPublishedAt"));
        assertVisible(published);
    }

    @Test
    void shouldScheduleAPublicationTimeInTheFuture() {
        var draft = createDraft();
        String tomorrow = rfc3339(OffsetDateTime.now(ZoneOffset.ofHours(2)).plusDays(1));

        var scheduled = publishAt(draft, tomorrow);

        assertEquals("scheduled", scheduled.path("status"));
        assertEquals(tomorrow, scheduled.path("content.publishedAt"));
        assertHidden(scheduled);
        ManageApi.as(editor).queryParam("status", "scheduled").queryParam("limit", 100)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .body("items.id", hasItem(scheduled.<String>path("id")));
    }

    /** Appearing exactly when the time passes, checked without waiting: a time that has just passed is live. */
    @Test
    void shouldServeAPublicationTimeThatHasJustPassed() {
        var draft = createDraft();
        String justNow = rfc3339(OffsetDateTime.now(ZoneOffset.ofHours(2)).minusSeconds(1));

        var published = publishAt(draft, justNow);

        assertEquals("published", published.path("status"));
        assertVisible(published);
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slugOf(published))
                .then().statusCode(200)
                .body("publishedAt", equalTo(justNow))
                .body("firstPublishedAt", equalTo(justNow));
    }

    @Test
    void shouldKeepFirstPublishedAtAtTheTimeTheArticleReallyWentLive() {
        var draft = createDraft();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        var scheduled = publishAt(draft, rfc3339(now.plusDays(1)));
        String nextWeek = rfc3339(now.plusDays(7));

        var rescheduled = publishAt(scheduled, nextWeek);

        assertEquals("scheduled", rescheduled.path("status"));
        assertEquals(nextWeek, rescheduled.path("firstPublishedAt"));
    }

    @Test
    void shouldHideAnUnpublishedArticleAtOnce() {
        var draft = createDraft();
        var published = ManagedArticles.publish(editor, draft.path("id"), draft.header("ETag"));
        assertVisible(published);
        String firstPublishedAt = storedFirstPublishedAt(draft);

        var unpublished = ManageApi.as(editor).header("If-Match", published.header("ETag"))
                .when().post("/manage/v1/articles/{id}/unpublish", published.<String>path("id"))
                .then().statusCode(200)
                .body("status", equalTo("draft"))
                .extract();

        assertHidden(unpublished);
        assertEquals(firstPublishedAt, storedFirstPublishedAt(draft));
    }

    @Test
    void shouldHideAnArchivedArticleAndServeItAgainWhenRepublished() {
        var draft = createDraft();
        var published = ManagedArticles.publish(editor, draft.path("id"), draft.header("ETag"));
        String firstPublishedAt = storedFirstPublishedAt(draft);

        var archived = ManageApi.as(editor).header("If-Match", published.header("ETag"))
                .when().post("/manage/v1/articles/{id}/archive", draft.<String>path("id"))
                .then().statusCode(200)
                .body("status", equalTo("archived"))
                .extract();
        assertHidden(archived);

        var republished = ManagedArticles.publish(editor, draft.path("id"), archived.header("ETag"));
        assertEquals("published", republished.path("status"));
        assertVisible(republished);
        assertEquals(firstPublishedAt, storedFirstPublishedAt(draft));
    }

    @Test
    void shouldRefuseToArchiveADraftAndLeaveItUnchanged() {
        var draft = createDraft();

        ManageApi.as(editor).header("If-Match", draft.header("ETag"))
                .when().post("/manage/v1/articles/{id}/archive", draft.<String>path("id"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("A draft cannot be archived"));
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", draft.<String>path("id"))
                .then().statusCode(200)
                .header("ETag", equalTo(draft.header("ETag")))
                .body("status", equalTo("draft"));
    }

    @Test
    void shouldArchiveAnArticleThatWasUnpublished() {
        var draft = createDraft();
        var published = ManagedArticles.publish(editor, draft.path("id"), draft.header("ETag"));
        var unpublished = ManageApi.as(editor).header("If-Match", published.header("ETag"))
                .when().post("/manage/v1/articles/{id}/unpublish", draft.<String>path("id"))
                .then().statusCode(200).extract();

        var archived = ManageApi.as(editor).header("If-Match", unpublished.header("ETag"))
                .when().post("/manage/v1/articles/{id}/archive", draft.<String>path("id"))
                .then().statusCode(200)
                .body("status", equalTo("archived"))
                .body("content.publishedAt", equalTo(published.path("content.publishedAt")))
                .body("content.publishedAt", notNullValue())
                .extract();
        assertHidden(archived);
    }

    @Test
    void shouldDeliverAChangeToAPublishedArticleInTheNextRequest() {
        var draft = createDraft();
        var published = ManagedArticles.publish(editor, draft.path("id"), draft.header("ETag"));
        String slug = slugOf(published);
        String before = given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .body("headline", equalTo(published.path("content.headline")))
                .extract().header("ETag");
        String headline = Fixtures.unique("Corrected headline");
        Map<String, Object> corrected = published.path("content");
        corrected.put("headline", headline);

        ManageApi.as(editor).header("If-Match", published.header("ETag")).body(corrected)
                .when().put("/manage/v1/articles/{id}", draft.<String>path("id"))
                .then().statusCode(200)
                .body("status", equalTo("published"))
                .body("content.slug", equalTo(slug));

        String after = given().queryParam("lang", "en").header("If-None-Match", before)
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .body("headline", equalTo(headline))
                .header("ETag", notNullValue())
                .extract().header("ETag");
        assertNotEquals(before, after);
    }

    private ExtractableResponse<Response> createDraft() {
        Map<String, Object> body = content(Fixtures.unique("Workflow"));
        body.put("tags", List.of(tag.slug));
        return ManagedArticles.create(editor, body);
    }

    private ExtractableResponse<Response> publishAt(ExtractableResponse<Response> article, String at) {
        return ManageApi.as(editor).header("If-Match", article.header("ETag")).body(Map.of("publishedAt", at))
                .when().post("/manage/v1/articles/{id}/publish", article.<String>path("id"))
                .then().statusCode(200)
                .extract();
    }

    /** Read back rather than taken from a write response, which shows more precision than is stored. */
    private String storedFirstPublishedAt(ExtractableResponse<Response> article) {
        return ManagedArticles.get(editor, article.path("id")).path("firstPublishedAt");
    }

    private static String slugOf(ExtractableResponse<Response> article) {
        return article.path("content.slug");
    }

    private static String rfc3339(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private void assertVisible(ExtractableResponse<Response> article) {
        String id = article.path("id");
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slugOf(article))
                .then().statusCode(200).body("id", equalTo(id));
        given().when().get("/api/v1/articles/id/{id}", id).then().statusCode(200).body("id", equalTo(id));
        given().queryParam("tag", tag.slug).when().get("/api/v1/articles")
                .then().statusCode(200).body("items.id", equalTo(List.of(id)));
        given().when().get("/api/v1/tags/{slug}", tag.slug).then().statusCode(200).body("articleCount", equalTo(1));
    }

    private void assertHidden(ExtractableResponse<Response> article) {
        String id = article.path("id");
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slugOf(article))
                .then().statusCode(404).body(not(containsString(id)));
        given().when().get("/api/v1/articles/id/{id}", id).then().statusCode(404);
        given().queryParam("tag", tag.slug).when().get("/api/v1/articles")
                .then().statusCode(200).body("items", equalTo(List.of()));
        given().when().get("/api/v1/tags/{slug}", tag.slug).then().statusCode(200).body("articleCount", equalTo(0));
    }
}
