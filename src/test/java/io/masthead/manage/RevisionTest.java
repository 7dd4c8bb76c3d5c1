package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static io.masthead.manage.ManagedArticles.content;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every change is a revision: listed newest first, readable in full, and restorable as a new revision. */
@QuarkusTest
class RevisionTest {

    @Test
    void shouldRecordEveryChangeNewestFirst() {
        String author = Fixtures.unique("revision-desk");
        String token = keyNamed(author);
        History history = fourChanges(token);

        var revisions = ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions", history.id())
                .then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.action", equalTo(List.of("publish", "patch", "replace", "create")))
                .body("items.author", everyItem(equalTo(author)))
                .body("items.status", equalTo(List.of("published", "draft", "draft", "draft")))
                .body("items", everyItem(not(hasKey("content"))))
                .extract();

        assertEquals(history.versionsNewestFirst(), revisions.jsonPath().getList("items.version", Integer.class));
        assertEquals(List.of(3, 2, 1, 0), history.versionsNewestFirst(), "every change raises the version by one");
        List<OffsetDateTime> times = revisions.jsonPath().getList("items.createdAt", String.class).stream()
                .map(OffsetDateTime::parse).toList();
        for (int i = 1; i < times.size(); i++) {
            assertFalse(times.get(i).isAfter(times.get(i - 1)), "newest first: " + times);
        }
    }

    @Test
    void shouldShowTheFullContentOfOneRevision() {
        String token = ManageApi.newToken("editor");
        History history = fourChanges(token);
        int first = history.versionsNewestFirst().get(3);
        int replaced = history.versionsNewestFirst().get(2);

        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions/{version}", history.id(), first)
                .then().statusCode(200)
                .body("version", equalTo(first))
                .body("action", equalTo("create"))
                .body("content.headline", equalTo(history.headlines().get(0)))
                .body("content.kicker", equalTo("Kicker"))
                .body("content.blocks[0].html", equalTo("First paragraph with <b>bold</b> words."));
        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions/{version}", history.id(), replaced)
                .then().statusCode(200)
                .body("action", equalTo("replace"))
                .body("content.headline", equalTo(history.headlines().get(1)));
    }

    @Test
    void shouldRestoreTheFirstRevisionAsANewRevision() {
        String token = ManageApi.newToken("editor");
        History history = fourChanges(token);
        int first = history.versionsNewestFirst().get(3);
        var current = ManagedArticles.get(token, history.id());

        var restored = ManageApi.as(token).header("If-Match", current.header("ETag"))
                .when().post("/manage/v1/articles/{id}/revisions/{version}/restore", history.id(), first)
                .then().statusCode(200)
                .body("content.headline", equalTo(history.headlines().get(0)))
                .body("content.kicker", equalTo("Kicker"))
                .body("status", equalTo("published"))
                .extract();
        int version = restored.path("version");
        assertEquals((int) current.path("version") + 1, version, "restore is one change and bumps the version once");
        assertEquals("\"v" + version + "\"", restored.header("ETag"));

        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions", history.id())
                .then().statusCode(200)
                .body("items", hasSize(5))
                .body("items[0].action", equalTo("restore"))
                .body("items[0].version", equalTo(version));
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", restored.<String>path("content.slug"))
                .then().statusCode(200)
                .body("headline", equalTo(history.headlines().get(0)));
    }

    @Test
    void shouldRefuseARestoreBasedOnAStaleVersion() {
        String token = ManageApi.newToken("editor");
        History history = fourChanges(token);

        ManageApi.as(token).header("If-Match", "\"v" + history.versionsNewestFirst().get(1) + "\"")
                .when().post("/manage/v1/articles/{id}/revisions/{version}/restore", history.id(),
                        history.versionsNewestFirst().get(3))
                .then().statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "precondition-failed"));

        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions", history.id())
                .then().statusCode(200)
                .body("items", hasSize(4));
        var current = ManagedArticles.get(token, history.id());
        assertEquals(history.headlines().get(1), current.path("content.headline"));
        assertEquals(history.versionsNewestFirst().get(0), current.<Integer>path("version"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRevisionOrArticle() {
        String token = ManageApi.newToken("editor");
        var created = ManagedArticles.create(token, content(Fixtures.unique("Single revision")));
        String id = created.path("id");

        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions/{version}", id, 99)
                .then().statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "not-found"));
        ManageApi.as(token).header("If-Match", created.header("ETag"))
                .when().post("/manage/v1/articles/{id}/revisions/{version}/restore", id, 99)
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        ManageApi.as(token).when().get("/manage/v1/articles/{id}/revisions", UUID.randomUUID())
                .then().statusCode(404)
                .body("type", equalTo(PROBLEMS + "not-found"));
        assertEquals(created.header("ETag"), ManagedArticles.get(token, id).header("ETag"));
    }

    /** The article's id, its headline after create and after replace, and its versions, newest first. */
    private record History(String id, List<String> headlines, List<Integer> versionsNewestFirst) {
    }

    /** Create, PUT, PATCH, publish: four changes, four revisions. */
    private static History fourChanges(String token) {
        String original = Fixtures.unique("Original");
        String replaced = Fixtures.unique("Replaced");
        var created = ManagedArticles.create(token, content(original));
        String id = created.path("id");
        var put = ManageApi.as(token).header("If-Match", created.header("ETag")).body(content(replaced))
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200).extract();
        var patched = ManageApi.as(token).header("If-Match", put.header("ETag"))
                .contentType("application/merge-patch+json").body(Map.of("kicker", "Patched kicker"))
                .when().patch("/manage/v1/articles/{id}", id)
                .then().statusCode(200).extract();
        var published = ManagedArticles.publish(token, id, patched.header("ETag"));
        return new History(id, List.of(original, replaced),
                List.of(versionOf(published), versionOf(patched), versionOf(put), versionOf(created)));
    }

    private static int versionOf(ExtractableResponse<Response> response) {
        return response.path("version");
    }

    private static String keyNamed(String name) {
        return ManageApi.asAdmin().body(Map.of("name", name, "role", "editor"))
                .when().post("/manage/v1/keys")
                .then().statusCode(201)
                .extract().path("token");
    }
}
