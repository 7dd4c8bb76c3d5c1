package io.masthead.sync;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.ManageApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The changes feed through its whole life cycle: what a syncing app sees after each kind of change. */
@QuarkusTest
class ChangeFeedTest {
    @Inject
    ChangePruner pruner;
    @Inject
    EntityManager entityManager;

    private String editor;
    private SyncClient client;

    @BeforeEach
    void caughtUpClient() {
        editor = ManageApi.newToken("editor");
        client = new SyncClient();
        client.catchUp();
    }

    @Test
    void shouldUpsertAPublishedArticleWithItsSummaryAndRemoveItWhenUnpublished() {
        Editor article = Editor.published(editor, Editor.unique("Harbour opens"));

        List<Map<String, Object>> published = SyncClient.about(client.catchUp(), article.id);
        assertEquals(1, published.size(), "records: " + published);
        assertEquals("upsert", published.get(0).get("type"));
        JsonPath summary = JsonPath.from(given().queryParam("lang", "en").queryParam("limit", 100)
                .when().get("/api/v1/articles").then().statusCode(200).extract().asString());
        Map<String, Object> listed = summary.getMap("items.find { it.id == '" + article.id + "' }");
        assertEquals(listed, published.get(0).get("article"), "the upsert carries the list's summary");
        assertTrue(client.copy().containsKey(article.id));

        article.unpublish();

        List<Map<String, Object>> unpublished = SyncClient.about(client.catchUp(), article.id);
        assertEquals(List.of(Map.of("type", "remove", "id", article.id)), unpublished);
        assertFalse(client.copy().containsKey(article.id));
    }

    @Test
    void shouldRemoveArchivedAndDeletedArticles() {
        Editor archived = Editor.published(editor, Editor.unique("To archive"));
        Editor deleted = Editor.published(ManageApi.ADMIN_TOKEN, Editor.unique("To delete"));
        client.catchUp();

        archived.archive();
        deleted.delete();

        List<Map<String, Object>> records = client.catchUp();
        assertEquals(List.of(Map.of("type", "remove", "id", archived.id)), SyncClient.about(records, archived.id));
        assertEquals(List.of(Map.of("type", "remove", "id", deleted.id)), SyncClient.about(records, deleted.id));
    }

    @Test
    void shouldLeaveNoTraceOfADraftNobodySaw() {
        Editor draft = Editor.draft(editor, Editor.unique("Quiet draft"));
        draft.headline(Editor.unique("Still a draft")).headline(Editor.unique("Draft again"));
        Editor deleted = Editor.draft(ManageApi.ADMIN_TOKEN, Editor.unique("Deleted draft"));
        deleted.delete();

        List<Map<String, Object>> records = client.catchUp();

        assertEquals(List.of(), SyncClient.about(records, draft.id));
        assertEquals(List.of(), SyncClient.about(records, deleted.id));
    }

    @Test
    void shouldRemoveAnUnpublishedArticleOnceHoweverOftenItIsEditedAndUpsertItWhenItsTimeComes() {
        Editor article = Editor.published(editor, Editor.unique("Back to draft"));
        client.catchUp();
        article.unpublish();
        assertEquals(List.of(Map.of("type", "remove", "id", article.id)), SyncClient.about(client.catchUp(), article.id));

        article.headline(Editor.unique("Draft edit")).headline(Editor.unique("Another draft edit"));
        assertEquals(List.of(), SyncClient.about(client.catchUp(), article.id));
        OffsetDateTime at = Editor.inSeconds(2);
        article.publishAt(at);

        List<Map<String, Object>> records = recordsUntilUpsert(article.id, at);
        assertEquals(List.of("upsert"), records.stream().map(record -> record.get("type")).toList());
        assertEquals(article.updatedAt(), client.copy().get(article.id).get("updatedAt"));
    }

    @Test
    void shouldSendOnlyTheLatestStateOfAnArticleChangedManyTimes() {
        Editor article = Editor.published(editor, Editor.unique("Edited often"));
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = Editor.unique("Edit " + i);
            article.headline(last);
        }

        List<Map<String, Object>> records = SyncClient.about(client.catchUp(), article.id);

        assertEquals(1, records.size(), "records: " + records);
        assertEquals(last, article(records.get(0)).get("headline"));
        assertEquals(article.updatedAt(), article(records.get(0)).get("updatedAt"));
    }

    @Test
    void shouldUpsertAScheduledArticleWhenItGoesLiveAndNotBefore() {
        OffsetDateTime at = Editor.inSeconds(3);
        Map<String, Object> content = Editor.content(Editor.unique("Scheduled story"));
        content.put("publishedAt", Editor.rfc3339(at));
        Editor scheduled = Editor.create(editor, content, true);

        assertEquals(List.of("upsert"),
                recordsUntilUpsert(scheduled.id, at).stream().map(record -> record.get("type")).toList());
        assertTrue(client.copy().containsKey(scheduled.id));
        given().when().get("/api/v1/articles/id/{id}", scheduled.id).then().statusCode(200);
        assertEquals(content.get("headline"), client.copy().get(scheduled.id).get("headline"));
    }

    @Test
    void shouldRemoveALiveArticleThatIsScheduledAgainAndUpsertItWhenItsNewTimeComes() {
        Editor article = Editor.published(editor, Editor.unique("Pulled back"));
        client.catchUp();

        OffsetDateTime at = Editor.inSeconds(2);
        article.publishAt(at);

        List<Map<String, Object>> records = recordsUntilUpsert(article.id, at);
        assertEquals(List.of("remove", "upsert"), records.stream().map(record -> record.get("type")).toList());
        assertEquals(article.updatedAt(), client.copy().get(article.id).get("updatedAt"));
    }

    @Test
    void shouldEmbedTheFullArticleWithIncludeArticle() {
        Editor article = Editor.published(editor, Editor.unique("Full story"));
        SyncClient full = new SyncClient("article");
        full.catchUp();
        article.headline(Editor.unique("Full story, updated"));

        List<Map<String, Object>> records = SyncClient.about(full.catchUp(), article.id);

        assertEquals(1, records.size());
        Map<String, Object> delivered = given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertEquals(delivered, records.get(0).get("article"));
    }

    @Test
    void shouldKeepTheTokenOfAnEmptyPageAndAnswerTheSameTokenWithNotModified() {
        var first = given().queryParam("since", client.token()).when().get("/api/v1/changes")
                .then().statusCode(200)
                .header("Cache-Control", matchesPattern("public, max-age=5, .*"))
                .body("items.size()", equalTo(0))
                .body("nextToken", equalTo(client.token()))
                .body("hasMore", equalTo(false))
                .extract();

        given().queryParam("since", client.token()).header("If-None-Match", first.header("ETag"))
                .when().get("/api/v1/changes")
                .then().statusCode(304);
    }

    @Test
    void shouldPageThroughChangesWithoutSkippingOrRepeatingOne() {
        List<String> ids = List.of(Editor.published(editor, Editor.unique("Page 1")).id,
                Editor.published(editor, Editor.unique("Page 2")).id,
                Editor.published(editor, Editor.unique("Page 3")).id);

        List<String> seen = new ArrayList<>();
        SyncClient.Page page;
        do {
            page = client.poll(1);
            assertTrue(page.items().size() <= 1);
            page.items().forEach(item -> seen.add((String) item.get("id")));
        } while (page.hasMore());

        assertEquals(ids, seen.stream().filter(ids::contains).toList());
    }

    @Test
    void shouldUpsertArticlesThatShowAChangedMediaItem() {
        String mediaId = ManageApi.as(editor).body(media("Old caption"))
                .when().post("/manage/v1/media").then().statusCode(201).extract().path("id");
        Map<String, Object> content = Editor.content(Editor.unique("With a photo"));
        content.put("hero", Map.of("mediaId", mediaId));
        Editor article = Editor.create(editor, content, true);
        String etag = ManageApi.as(editor).when().get("/manage/v1/media/{id}", mediaId).then().extract().header("ETag");
        client.catchUp();

        ManageApi.as(editor).header("If-Match", etag).body(media("New caption"))
                .when().put("/manage/v1/media/{id}", mediaId).then().statusCode(200);

        List<Map<String, Object>> records = SyncClient.about(client.catchUp(), article.id);
        assertEquals(1, records.size());
        assertEquals("New caption", ((Map<?, ?>) article(records.get(0)).get("hero")).get("caption"));
    }

    @Test
    void shouldUpsertTheArticlesOfARenamedTag() {
        String slug = Editor.unique("tag").toLowerCase();
        var tag = ManageApi.as(editor).body(tag(slug, "Old name"))
                .when().post("/manage/v1/tags").then().statusCode(201).extract();
        Map<String, Object> content = Editor.content(Editor.unique("Tagged"));
        content.put("tags", List.of(slug));
        Editor article = Editor.create(editor, content, true);
        client.catchUp();

        ManageApi.as(editor).header("If-Match", tag.header("ETag")).body(tag(slug, "New name"))
                .when().put("/manage/v1/tags/{id}", tag.path("id").toString()).then().statusCode(200);

        List<Map<String, Object>> records = SyncClient.about(client.catchUp(), article.id);
        assertEquals(1, records.size());
        assertEquals("New name", ((Map<?, ?>) ((List<?>) article(records.get(0)).get("tags")).get(0)).get("name"));
    }

    @Test
    void shouldUpsertARestoredRevision() {
        String original = Editor.unique("Original headline");
        Editor article = Editor.published(editor, original);
        article.headline(Editor.unique("Changed headline"));
        client.catchUp();

        article.restore(0);

        List<Map<String, Object>> records = SyncClient.about(client.catchUp(), article.id);
        assertEquals(1, records.size());
        assertEquals(original, article(records.get(0)).get("headline"));
    }

    @Test
    void shouldReplayFromTheBeginningToExactlyThePublishedArticles() {
        Editor live = Editor.published(editor, Editor.unique("Live"));
        Editor gone = Editor.published(editor, Editor.unique("Gone"));
        gone.unpublish();
        Editor draft = Editor.draft(editor, Editor.unique("Draft"));

        SyncClient fresh = new SyncClient();
        fresh.catchUp();

        assertNotNull(fresh.copy().get(live.id));
        assertNull(fresh.copy().get(gone.id));
        assertNull(fresh.copy().get(draft.id));
    }

    @Test
    void shouldAnswer410ToATokenFromBeforePrunedRemovesAndServeAFreshReplay() {
        Editor gone = Editor.published(editor, Editor.unique("Pruned away"));
        client.catchUp();
        String stale = client.token();
        gone.unpublish();
        SyncClient current = new SyncClient();
        current.catchUp();
        Editor.published(editor, Editor.unique("After the removal"));
        current.catchUp();

        pruner.pruneBefore(Instant.now().plusSeconds(1));

        given().queryParam("since", stale).when().get("/api/v1/changes")
                .then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/resync-required"))
                .body("title", equalTo("Resync required"))
                .body("status", equalTo(410))
                .body("detail", containsString("omit since"))
                .body("instance", equalTo("/api/v1/changes"))
                .body(not(containsString(gone.id)));
        assertTrue(current.poll(100).items().isEmpty(), "a token after the pruned removes still works");
        SyncClient fresh = new SyncClient();
        fresh.catchUp();
        assertNull(fresh.copy().get(gone.id));
    }

    @Test
    void shouldAnswer400NamingEachBadParameter() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1\n99999999999999999999\nnot-a-uuid\n0".getBytes(StandardCharsets.UTF_8));
        for (String since : List.of("", "not a token", "%00", "x".repeat(201), forged, "bm90IGEgdG9rZW4")) {
            given().queryParam("since", since).when().get("/api/v1/changes")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                    .body("errors[0].parameter", equalTo("since"))
                    .body(not(containsString("Exception")));
        }
        for (String limit : List.of("0", "101", "-1", "ten", "1e2")) {
            given().queryParam("limit", limit).when().get("/api/v1/changes")
                    .then().statusCode(400)
                    .body("errors[0].parameter", equalTo("limit"))
                    .body("detail", containsString("1 to 100"));
        }
        given().queryParam("limit", "\u0000").when().get("/api/v1/changes")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("limit"))
                .body("detail", containsString("NUL character"));
        for (String include : List.of("blocks", "1", "ARTICLE", "article,blocks")) {
            given().queryParam("include", include).when().get("/api/v1/changes")
                    .then().statusCode(400)
                    .body("errors[0].parameter", equalTo("include"))
                    .body("detail", containsString("article"));
        }
    }

    @Test
    void shouldNotWaitForAWriterHoldingTheLogAndServeWhatCameDueOnceItIsDone() throws Exception {
        OffsetDateTime at = Editor.inSeconds(1);
        Map<String, Object> content = Editor.content(Editor.unique("Due while locked"));
        content.put("publishedAt", Editor.rfc3339(at));
        Editor scheduled = Editor.create(editor, content, true);
        await().atMost(Duration.ofSeconds(60)).until(() -> OffsetDateTime.now().isAfter(at.plusNanos(1000)));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread writer = new Thread(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.find(ChangeHead.class, ChangeHead.ID, LockModeType.PESSIMISTIC_WRITE);
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        writer.start();
        try {
            assertTrue(locked.await(60, TimeUnit.SECONDS));
            given().queryParam("since", client.token()).when().get("/api/v1/changes")
                    .then().statusCode(200)
                    .body(not(containsString(scheduled.id)));
        } finally {
            release.countDown();
            writer.join();
        }

        assertEquals("upsert", SyncClient.about(client.catchUp(), scheduled.id).get(0).get("type"));
    }

    /**
     * Polls until an upsert of the article arrives and returns every record about it on the way. Whenever a page
     * holds the upsert, it must have arrived at or after the publication time: never earlier.
     */
    private List<Map<String, Object>> recordsUntilUpsert(String articleId, OffsetDateTime publishedAt) {
        List<Map<String, Object>> records = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> about = client.poll(100).about(articleId);
            OffsetDateTime received = OffsetDateTime.now();
            records.addAll(about);
            boolean live = about.stream().anyMatch(record -> "upsert".equals(record.get("type")));
            assertFalse(live && received.isBefore(publishedAt), "upsert served before " + publishedAt);
            return live;
        });
        return records;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> article(Map<String, Object> record) {
        return (Map<String, Object>) record.get("article");
    }

    private static Map<String, Object> media(String caption) {
        return Map.of("kind", "image", "url", "https://images.test.example/sync.jpg", "mimeType", "image/jpeg",
                "width", 800, "height", 600, "altText", "A photo", "caption", caption);
    }

    private static Map<String, Object> tag(String slug, String name) {
        return Map.of("slug", slug, "type", "topic", "names", Map.of("en", Map.of("name", name)));
    }
}
