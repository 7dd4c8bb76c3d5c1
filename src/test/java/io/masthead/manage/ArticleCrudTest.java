package io.masthead.manage;

import static io.masthead.manage.ManagedArticles.PROBLEMS;
import static io.masthead.manage.ManagedArticles.PROBLEM_JSON;
import static io.masthead.manage.ManagedArticles.content;
import static io.masthead.manage.ManagedArticles.paragraph;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.media.Media;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleCrudTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldCreateADraftThatTheDeliveryApiDoesNotServe() {
        String editorName = Fixtures.unique("crud-editor");
        String editor = ManageApi.asAdmin().body(Map.of("name", editorName, "role", "editor"))
                .when().post("/manage/v1/keys").then().statusCode(201).extract().path("token");
        Tag tag = fixtures.tag();
        Map<String, Object> body = content(Fixtures.unique("Draft story"));
        body.put("tags", List.of(tag.slug));

        var created = ManageApi.as(editor).body(body)
                .when().post("/manage/v1/articles")
                .then().statusCode(201)
                .body("status", equalTo("draft"))
                .body("firstPublishedAt", nullValue())
                .body("createdBy", equalTo(editorName))
                .body("content.headline", equalTo(body.get("headline")))
                .body("content.tags", equalTo(List.of(tag.slug)))
                .extract();
        String id = created.path("id");
        String slug = created.path("content.slug");
        assertEquals("/manage/v1/articles/" + id, URI.create(created.header("Location")).getPath());
        assertEquals("\"v" + created.path("version") + "\"", created.header("ETag"));

        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(404).body(not(containsString(id)));
        given().when().get("/api/v1/articles/id/{id}", id).then().statusCode(404);
        given().queryParam("tag", tag.slug).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", equalTo(List.of()))
                .body(not(containsString(slug)));
        given().when().get("/api/v1/tags/{slug}", tag.slug).then().statusCode(200).body("articleCount", equalTo(0));
    }

    @Test
    void shouldStoreSanitizedBlocksAndDeriveTheCounts() {
        String editor = ManageApi.newToken("editor");
        Media hero = fixtures.image();
        Media inline = fixtures.image();
        Map<String, Object> body = content(Fixtures.unique("Round trip"));
        body.put("hero", Map.of("mediaId", hero.id.toString(), "caption", "Own caption"));
        body.put("blocks", List.of(
                paragraph("One <script>alert('two three')</script><b>four</b> five"),
                Map.of("type", "heading", "level", 3, "text", "Six seven"),
                Map.of("type", "quote", "html", "Eight <i>nine</i>", "person", "Ada Example"),
                Map.of("type", "list", "items", List.of("Ten", "<em>eleven</em> <u>twelve</u>")),
                Map.of("type", "image", "mediaId", inline.id.toString()),
                Map.of("type", "embed", "url", "https://vimeo.com/76979871")));
        String id = ManagedArticles.create(editor, body).path("id");

        var stored = ManageApi.as(editor).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("content.hero.mediaId", equalTo(hero.id.toString()))
                .body("content.hero.caption", equalTo("Own caption"))
                .body("content.blocks[0].html", equalTo("One <b>four</b> five"))
                .body("content.blocks[1].text", equalTo("Six seven"))
                .body("content.blocks[2].html", equalTo("Eight <i>nine</i>"))
                .body("content.blocks[3].items", equalTo(List.of("Ten", "<em>eleven</em> twelve")))
                .body("wordCount", equalTo(10))
                .body("readingTimeMinutes", equalTo(1))
                .body(not(containsString("script")))
                .body(not(containsString("alert")))
                .extract();

        // What GET shows is exactly what PUT accepts: sending it back changes nothing but the version.
        Map<String, Object> echoed = stored.path("content");
        ManageApi.as(editor).header("If-Match", stored.header("ETag")).body(echoed)
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("content", equalTo(echoed))
                .body("wordCount", equalTo(10));

        String etag = ManagedArticles.get(editor, id).header("ETag");
        String slug = ManagedArticles.publish(editor, id, etag).path("content.slug");
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .body("blocks[0].text", equalTo("One four five"))
                .body("blocks[0].html", equalTo("One <b>four</b> five"))
                .body("blocks[2].text", equalTo("Eight nine"))
                .body("blocks[3].items.text", equalTo(List.of("Ten", "eleven twelve")))
                .body("blocks[4].media.id", equalTo(inline.id.toString()))
                .body("blocks[5].provider", equalTo("vimeo"))
                .body("hero.media.id", equalTo(hero.id.toString()))
                .body("hero.caption", equalTo("Own caption"))
                .body("hero.credit", equalTo(hero.credit));
    }

    @Test
    void shouldReadBackExactlyWhatTheWriteReturned() {
        String editor = ManageApi.newToken("editor");
        var created = ManagedArticles.create(editor, content(Fixtures.unique("Precise")));

        var read = ManagedArticles.get(editor, created.path("id"));

        assertEquals(created.header("ETag"), read.header("ETag"));
        assertEquals(created.jsonPath().getMap("$"), read.jsonPath().getMap("$"));
    }

    @Test
    void shouldReplaceWithTheCurrentEtagAndKeepTheSlug() {
        String editor = ManageApi.newToken("editor");
        var created = ManagedArticles.create(editor, content(Fixtures.unique("Before")));
        String id = created.path("id");
        String slug = created.path("content.slug");
        int version = created.path("version");
        String replacement = Fixtures.unique("After");

        var replaced = ManageApi.as(editor).header("If-Match", created.header("ETag"))
                .body(content(replacement))
                .when().put("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("content.headline", equalTo(replacement))
                .body("content.slug", equalTo(slug))
                .body("status", equalTo("draft"))
                .extract();
        int newVersion = replaced.path("version");
        assertTrue(newVersion > version, "version must grow: " + version + " -> " + newVersion);
        assertEquals("\"v" + newVersion + "\"", replaced.header("ETag"));
        assertNotEquals(created.header("ETag"), replaced.header("ETag"));

        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo(replaced.header("ETag")))
                .body("content.headline", equalTo(replacement));
    }

    @Test
    void shouldMergePatchOnlyTheFieldsItNames() {
        String editor = ManageApi.newToken("editor");
        var created = ManagedArticles.create(editor, content(Fixtures.unique("Patch me")));
        String id = created.path("id");
        String headline = Fixtures.unique("Patched");
        Map<String, Object> before = created.path("content");

        var patched = ManageApi.as(editor).header("If-Match", created.header("ETag"))
                .contentType("application/merge-patch+json")
                .body("{\"headline\": \"" + headline + "\", \"kicker\": null}")
                .when().patch("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .body("content.headline", equalTo(headline))
                .body("content.kicker", nullValue())
                .extract();
        Map<String, Object> after = patched.path("content");
        Map<String, Object> expected = new HashMap<>(before);
        expected.put("headline", headline);
        expected.remove("kicker");
        assertEquals(expected, after);
        assertTrue((int) patched.path("version") > (int) created.path("version"));
    }

    @Test
    void shouldRefuseAMergePatchSentAsPlainJson() {
        String editor = ManageApi.newToken("editor");
        var created = ManagedArticles.create(editor, content(Fixtures.unique("Not patched")));
        String id = created.path("id");

        ManageApi.as(editor).header("If-Match", created.header("ETag"))
                .body(Map.of("headline", "Sent as application/json"))
                .when().patch("/manage/v1/articles/{id}", id)
                .then().statusCode(415)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415))
                .body("detail", containsString("application/json"));
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo(created.header("ETag")))
                .body("content.headline", equalTo(created.path("content.headline")));
    }

    @Test
    void shouldFilterTheListByState() {
        String editor = ManageApi.newToken("editor");
        String id = ManagedArticles.create(editor, content(Fixtures.unique("Listed draft"))).path("id");

        ManageApi.as(editor).queryParam("status", "draft").queryParam("lang", "en").queryParam("limit", 100)
                .when().get("/manage/v1/articles")
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.status.unique()", equalTo(List.of("draft")))
                .body("items.language.unique()", equalTo(List.of("en")));
        for (String other : List.of("published", "scheduled", "archived")) {
            ManageApi.as(editor).queryParam("status", other).queryParam("limit", 100)
                    .when().get("/manage/v1/articles")
                    .then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        ManageApi.as(editor).queryParam("status", "deleted")
                .when().get("/manage/v1/articles")
                .then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].parameter", equalTo("status"));
    }

    @Test
    void shouldLetOnlyAnAdminDeleteAndLeaveNothingBehind() {
        String editor = ManageApi.newToken("editor");
        String id = ManagedArticles.create(editor, content(Fixtures.unique("Doomed"))).path("id");
        var published = ManagedArticles.publish(editor, id, ManagedArticles.get(editor, id).header("ETag"));
        String slug = published.path("content.slug");
        String etag = published.header("ETag");
        assertEquals(200, ManagedArticles.deliveryStatus(slug, "en"));

        ManageApi.as(editor).header("If-Match", etag)
                .when().delete("/manage/v1/articles/{id}", id)
                .then().statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo(PROBLEMS + "forbidden"));
        assertEquals(200, ManagedArticles.deliveryStatus(slug, "en"));

        ManageApi.asAdmin().header("If-Match", etag)
                .when().delete("/manage/v1/articles/{id}", id)
                .then().statusCode(204)
                .body(equalTo(""));

        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", id)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo(PROBLEMS + "not-found"));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().when().get("/api/v1/articles/id/{id}", id).then().statusCode(404);
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}/revisions", id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        ManageApi.asAdmin().header("If-Match", etag)
                .when().delete("/manage/v1/articles/{id}", id)
                .then().statusCode(404);
    }
}
