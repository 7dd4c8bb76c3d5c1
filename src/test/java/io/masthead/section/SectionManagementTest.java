package io.masthead.section;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SectionManagementTest {
    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void createAnEditorKey() {
        editor = ManageApi.newToken("editor");
    }

    @Test
    void shouldCreateReadAndRenameASection() {
        String slug = Fixtures.unique("politics");
        String id = ManageApi.as(editor).body(section(slug))
                .when().post("/manage/v1/sections")
                .then().statusCode(201)
                .header("ETag", equalTo("\"v0\""))
                .header("Location", containsString("/manage/v1/sections/"))
                .body("content.slug", equalTo(slug))
                .body("content.names.de", equalTo("Politik"))
                .body("articleCount", equalTo(0))
                .extract().path("id");
        String renamed = Fixtures.unique("world");

        ManageApi.as(editor).header("If-Match", "\"v0\"")
                .body(Map.of("slug", renamed, "names", Map.of("en", "World")))
                .when().put("/manage/v1/sections/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"v1\""))
                .body("content.slug", equalTo(renamed))
                .body("content.names.en", equalTo("World"))
                .body("content.names", not(hasKey("de")));
        ManageApi.as(editor).when().get("/manage/v1/sections/{id}", id)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("content.slug", equalTo(renamed));
    }

    @Test
    void shouldRefuseATakenSlugAndStaleVersions() {
        Section taken = fixtures.section();
        Section section = fixtures.section();

        ManageApi.as(editor).body(section(taken.slug))
                .when().post("/manage/v1/sections")
                .then().statusCode(409)
                .body("detail", containsString(taken.slug));
        ManageApi.as(editor).header("If-Match", "\"v0\"").body(section(taken.slug))
                .when().put("/manage/v1/sections/{id}", section.id)
                .then().statusCode(409);
        ManageApi.as(editor).header("If-Match", "\"v9\"").body(section(section.slug))
                .when().put("/manage/v1/sections/{id}", section.id)
                .then().statusCode(412);
        ManageApi.as(editor).body(section(section.slug))
                .when().put("/manage/v1/sections/{id}", section.id)
                .then().statusCode(428);
        ManageApi.as(editor).body(Map.of("slug", "Not A Slug", "names", Map.of(), "id", "x"))
                .when().post("/manage/v1/sections")
                .then().statusCode(400)
                .body("errors.pointer", contains("#/id", "#/names", "#/slug"));
    }

    @Test
    void shouldDeleteOnlyEmptySectionsAndOnlyAsAdmin() {
        Section used = fixtures.section();
        fixtures.article().archived().section(used).create();
        Section empty = fixtures.section();

        ManageApi.as(editor).when().get("/manage/v1/sections/{id}", used.id)
                .then().statusCode(200)
                .body("articleCount", equalTo(1));
        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/sections/{id}", used.id)
                .then().statusCode(409)
                .body("detail", containsString("1 article(s)"));
        ManageApi.as(editor).header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/sections/{id}", empty.id)
                .then().statusCode(403);
        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/sections/{id}", empty.id)
                .then().statusCode(204);
        ManageApi.as(editor).when().get("/manage/v1/sections/{id}", empty.id)
                .then().statusCode(404);
    }

    @Test
    void shouldListSectionsInSlugOrder() {
        // A leading digit sorts before the letters every other test's slugs start with.
        String prefix = "0" + Fixtures.unique("sections");
        for (String suffix : new String[] {"-b", "-a"}) {
            ManageApi.as(editor).body(section(prefix + suffix))
                    .when().post("/manage/v1/sections")
                    .then().statusCode(201);
        }

        ManageApi.as(editor).queryParam("limit", 2)
                .when().get("/manage/v1/sections")
                .then().statusCode(200)
                .body("items.content.slug", contains(prefix + "-a", prefix + "-b"));
        given().when().get("/manage/v1/sections")
                .then().statusCode(401);
    }

    private static Map<String, Object> section(String slug) {
        return Map.of("slug", slug, "names", Map.of("en", "Politics", "de", "Politik"));
    }
}
