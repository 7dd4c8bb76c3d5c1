package io.masthead.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagManagementTest {
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void createAnEditorKey() {
        editor = ManageApi.newToken("editor");
    }

    @Test
    void shouldCreateATagWithLocalizedNamesTypeAndParent() {
        String parent = create(tag(Fixtures.unique("asia"), "place", null)).path("content.slug");
        String slug = Fixtures.unique("japan");
        Map<String, Object> content = tag(slug, "place", parent);
        content.put("iptcMediaTopic", "medtop:11000000");
        content.put("wikidataQid", "Q17");

        var created = ManageApi.as(editor).body(content)
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .header("Location", containsString("/manage/v1/tags/"))
                .extract();
        ManageApi.as(editor).when().get("/manage/v1/tags/{id}", (String) created.path("id"))
                .then().statusCode(200)
                .body("content.slug", equalTo(slug))
                .body("content.type", equalTo("place"))
                .body("content.names.en.name", equalTo("English " + slug))
                .body("content.names.en.description", equalTo("About " + slug))
                .body("content.names.de.name", equalTo("Deutsch " + slug))
                .body("content.names.de", not(hasKey("description")))
                .body("content.parent", equalTo(parent))
                .body("content.iptcMediaTopic", equalTo("medtop:11000000"))
                .body("content.wikidataQid", equalTo("Q17"))
                .body("articleCount", equalTo(0))
                .body("aliases", empty());
        given().queryParam("lang", "de").when().get("/api/v1/tags/{slug}", slug)
                .then().statusCode(200)
                .body("name", equalTo("Deutsch " + slug))
                .body("parent.slug", equalTo(parent));
    }

    @Test
    void shouldDeriveTheSlugFromTheNameInTheFirstLanguage() {
        String suffix = Fixtures.unique("x").substring(2);
        Map<String, Object> content = new HashMap<>(Map.of("type", "place", "names", Map.of(
                "en", Map.of("name", "South Korea " + suffix),
                "de", Map.of("name", "Südkorea " + suffix))));

        ManageApi.as(editor).body(content)
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .body("content.slug", equalTo("suedkorea-" + suffix));
    }

    @Test
    void shouldRefuseATakenSlugAndBadFields() {
        Tag taken = fixtures.tag();
        ManageApi.as(editor).body(tag(taken.slug, "topic", null))
                .when().post("/manage/v1/tags")
                .then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("detail", containsString(taken.slug));

        Map<String, Object> bad = tag(Fixtures.unique("bad"), "colour", Fixtures.unique("nowhere"));
        bad.put("articleCount", 3);
        ManageApi.as(editor).body(bad)
                .when().post("/manage/v1/tags")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/articleCount", "#/type"))
                .body("errors[0].detail", equalTo("is set by the server and cannot be sent"));
        ManageApi.as(editor).body(tag(Fixtures.unique("orphan"), "topic", Fixtures.unique("nowhere")))
                .when().post("/manage/v1/tags")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/parent"));
    }

    @Test
    void shouldRenameATagAndKeepItsOldSlugWorking() {
        Tag tag = fixtures.tag(TagType.PERSON);
        var article = fixtures.article().tags(tag).create();
        String renamed = Fixtures.unique("renamed");

        ManageApi.as(editor).header("If-Match", "\"v0\"").body(tag(renamed, "person", null))
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("content.slug", equalTo(renamed))
                .body("aliases", contains(tag.slug))
                .body("articleCount", equalTo(1));

        given().redirects().follow(false).queryParam("lang", "de")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(301)
                .header("Location", endsWith("/api/v1/tags/" + renamed + "?lang=de"));
        given().queryParam("tag", tag.slug).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", contains(article.slug));
        // Articles list their tags by slug, so their content changed: a new version and a retag revision.
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", article.id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("content.tags", contains(renamed));
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}/revisions", article.id)
                .then().statusCode(200)
                .body("items[0].action", equalTo("retag"));
    }

    @Test
    void shouldLetANewTagTakeOverAnAlias() {
        Tag tag = fixtures.tag();
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(tag(Fixtures.unique("moved"), "topic", null))
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(200);

        ManageApi.as(editor).body(tag(tag.slug, "event", null))
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .body("aliases", empty());
        given().when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .body("type", equalTo("event"));
        ManageApi.as(editor).when().get("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(200)
                .body("aliases", empty());
    }

    @Test
    void shouldRefuseAParentBelowTheTagItself() {
        Tag top = fixtures.tag();
        String below = create(tag(Fixtures.unique("below"), "topic", top.slug)).path("content.slug");

        ManageApi.as(editor).header("If-Match", "\"v0\"").body(tag(top.slug, "topic", below))
                .when().put("/manage/v1/tags/{id}", top.id)
                .then().statusCode(400)
                .body("errors.pointer", contains("#/parent"));
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(tag(top.slug, "topic", top.slug))
                .when().put("/manage/v1/tags/{id}", top.id)
                .then().statusCode(400)
                .body("errors.pointer", contains("#/parent"));
    }

    @Test
    void shouldChangeOnlyTheCurrentVersion() {
        Tag tag = fixtures.tag();
        Map<String, Object> content = tag(tag.slug, "organisation", null);

        ManageApi.as(editor).body(content)
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(428);
        ManageApi.as(editor).header("If-Match", "\"v3\"").body(content)
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(412);
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(content)
                .when().put("/manage/v1/tags/{id}", tag.id)
                .then().statusCode(200)
                .body("content.type", equalTo("organisation"))
                .body("aliases", empty());
    }

    @Test
    void shouldDeleteOnlyUnusedTagsAndOnlyAsAdmin() {
        Tag used = fixtures.tag();
        fixtures.article().draft().tags(used).create();
        Tag unused = fixtures.tag();

        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/tags/{id}", used.id)
                .then().statusCode(409)
                .body("detail", containsString("merge it into another tag"));
        ManageApi.as(editor).header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/tags/{id}", unused.id)
                .then().statusCode(403);
        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/tags/{id}", unused.id)
                .then().statusCode(204);
        ManageApi.as(editor).when().get("/manage/v1/tags/{id}", unused.id)
                .then().statusCode(404);
        given().when().get("/api/v1/tags/{slug}", unused.slug)
                .then().statusCode(404);
    }

    @Test
    void shouldListTagsOfOneTypeInSlugOrder() {
        // A leading digit sorts before the letters every other test's slugs start with.
        String prefix = "0" + Fixtures.unique("list");
        create(tag(prefix + "-b", "event", null));
        create(tag(prefix + "-a", "event", null));
        create(tag(prefix + "-0", "person", null));

        String next = ManageApi.as(editor).queryParam("type", "event").queryParam("limit", 2)
                .when().get("/manage/v1/tags")
                .then().statusCode(200)
                .body("items.content.slug", contains(prefix + "-a", prefix + "-b"))
                .body("items.content.type", contains("event", "event"))
                .body("items.articleCount", contains(0, 0))
                .extract().path("nextCursor");
        ManageApi.as(editor).queryParam("type", "event").queryParam("cursor", next)
                .when().get("/manage/v1/tags")
                .then().statusCode(200)
                .body("items.content.slug", not(hasItem(prefix + "-a")))
                .body("items.content.slug", not(hasItem(prefix + "-0")));
        ManageApi.as(editor).queryParam("type", "weather")
                .when().get("/manage/v1/tags")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("type"));
        given().when().get("/manage/v1/tags")
                .then().statusCode(401);
    }

    static Map<String, Object> tag(String slug, String type, String parent) {
        Map<String, Object> content = new HashMap<>();
        content.put("slug", slug);
        content.put("type", type);
        content.put("names", Map.of("en", Map.of("name", "English " + slug, "description", "About " + slug),
                "de", Map.of("name", "Deutsch " + slug)));
        if (parent != null) {
            content.put("parent", parent);
        }
        return content;
    }

    private ExtractableResponse<Response> create(Map<String, Object> content) {
        return ManageApi.as(editor).body(content)
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .extract();
    }
}
