package io.masthead.tag;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagMergeTest {
    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void createAnEditorKey() {
        editor = ManageApi.newToken("editor");
    }

    @Test
    void shouldRetagEveryArticleOnceAndRetireTheSource() {
        Tag source = fixtures.tag();
        Tag target = fixtures.tag();
        Tag other = fixtures.tag();
        Article onlySource = fixtures.article().tags(other, source).create();
        Article both = fixtures.article().draft().tags(source, other, target).create();
        Article archived = fixtures.article().archived().tags(source).create();
        Article onlyTarget = fixtures.article().tags(target).create();

        merge(source, "\"v0\"", target.slug)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("id", equalTo(target.id.toString()))
                .body("articleCount", equalTo(4))
                .body("aliases", contains(source.slug));

        assertTags(onlySource, 1, other.slug, target.slug);
        assertTags(both, 1, other.slug, target.slug);
        assertTags(archived, 1, target.slug);
        assertTags(onlyTarget, 0, target.slug);
        for (Article article : List.of(onlySource, both, archived)) {
            ManageApi.as(editor).when().get("/manage/v1/articles/{id}/revisions", article.id)
                    .then().statusCode(200)
                    .body("items[0].version", equalTo(1))
                    .body("items[0].action", equalTo("retag"));
        }
        ManageApi.as(editor).when().get("/manage/v1/tags/{id}", source.id)
                .then().statusCode(404);
    }

    @Test
    void shouldRedirectTheOldSlugAndFilterByIt() {
        Tag source = fixtures.tag();
        Tag target = fixtures.tag();
        Article first = fixtures.article().tags(source).create();
        Article second = fixtures.article().tags(target).create();
        fixtures.article().draft().tags(source).create();

        merge(source, "\"v0\"", target.slug).then().statusCode(200);

        given().redirects().follow(false).queryParam("lang", "de")
                .when().get("/api/v1/tags/{slug}", source.slug)
                .then().statusCode(301)
                .header("Location", equalTo("/api/v1/tags/" + target.slug + "?lang=de"))
                .header("Cache-Control", containsString("max-age"))
                .body(emptyString());
        given().when().get("/api/v1/tags/{slug}", source.slug)
                .then().statusCode(200)
                .body("slug", equalTo(target.slug))
                .body("articleCount", equalTo(2));
        List<String> byOldSlug = given().queryParam("tag", source.slug).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", containsInAnyOrder(first.slug, second.slug))
                .extract().path("items.slug");
        List<String> byNewSlug = given().queryParam("tag", target.slug).when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("items.slug");
        assertEquals(byNewSlug, byOldSlug);
        given().when().get("/api/v1/articles/{slug}", first.slug)
                .then().statusCode(200)
                .body("tags.slug", contains(target.slug));
    }

    @Test
    void shouldMoveChildrenAndAliasesToTheTarget() {
        Tag source = fixtures.tag();
        Tag target = fixtures.tag();
        String child = createChild(source);
        String oldSlug = source.slug;
        String renamed = Fixtures.unique("renamed");
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(TagManagementTest.tag(renamed, "topic", null))
                .when().put("/manage/v1/tags/{id}", source.id)
                .then().statusCode(200);

        merge(source, "\"v1\"", target.slug)
                .then().statusCode(200)
                .body("aliases", containsInAnyOrder(oldSlug, renamed));

        given().when().get("/api/v1/tags/{slug}", child)
                .then().statusCode(200)
                .body("parent.slug", equalTo(target.slug));
        given().redirects().follow(false).when().get("/api/v1/tags/{slug}", oldSlug)
                .then().statusCode(301)
                .header("Location", equalTo("/api/v1/tags/" + target.slug));
    }

    @Test
    void shouldRefuseToMergeATagIntoItselfOrBelowItself() {
        Tag source = fixtures.tag();
        String child = createChild(source);

        merge(source, "\"v0\"", source.slug)
                .then().statusCode(400)
                .body("errors.pointer", contains("#/into"));
        merge(source, "\"v0\"", child)
                .then().statusCode(409)
                .body("detail", containsString("sits below"));
        merge(source, "\"v0\"", Fixtures.unique("nowhere"))
                .then().statusCode(400)
                .body("errors.pointer", contains("#/into"));
        ManageApi.as(editor).when().get("/manage/v1/tags/{id}", source.id)
                .then().statusCode(200)
                .body("version", equalTo(0));
    }

    @Test
    void shouldMergeOnlyTheCurrentVersion() {
        Tag source = fixtures.tag();
        Tag target = fixtures.tag();

        merge(source, null, target.slug).then().statusCode(428);
        merge(source, "\"v5\"", target.slug).then().statusCode(412);
        merge(source, "\"v0\"", target.slug).then().statusCode(200);
        merge(source, "\"v0\"", target.slug).then().statusCode(404);
        ManageApi.as(editor).body(Map.of("into", target.slug, "force", true))
                .header("If-Match", "\"v0\"")
                .when().post("/manage/v1/tags/{id}/merge", target.id)
                .then().statusCode(400)
                .body("errors.pointer", hasItem("#/force"));
    }

    private Response merge(Tag source, String ifMatch, String into) {
        var request = ManageApi.as(editor).body(Map.of("into", into));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/manage/v1/tags/{id}/merge", source.id);
    }

    private String createChild(Tag parent) {
        return ManageApi.as(editor).body(TagManagementTest.tag(Fixtures.unique("child"), "topic", parent.slug))
                .when().post("/manage/v1/tags")
                .then().statusCode(201)
                .extract().path("content.slug");
    }

    private void assertTags(Article article, int version, String... slugs) {
        ManageApi.as(editor).when().get("/manage/v1/articles/{id}", article.id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v" + version + "\""))
                .body("content.tags", contains(slugs));
    }
}
