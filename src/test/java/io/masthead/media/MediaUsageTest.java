package io.masthead.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.site.SiteContent;
import io.masthead.site.SiteWriter;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Where used", and what it prevents: kind changes that break a use, and deleting an item in use. */
@QuarkusTest
class MediaUsageTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteWriter siteWriter;
    @Inject
    SiteFixture siteFixture;

    private String editor;

    @BeforeEach
    void createAnEditorKey() {
        editor = ManageApi.newToken("editor");
    }

    @AfterEach
    void removeTheSite() {
        siteFixture.remove();
    }

    @Test
    void shouldListEveryUseInAnyStateAndTheSiteLogo() {
        Media image = fixtures.image();
        Article draftHero = fixtures.article().hero(image).draft().create();
        Article archivedBlock = fixtures.article().noHero().archived()
                .blocks(new BlockInput.Image("image", image.id, null, null)).create();
        Article scheduledHero = fixtures.article().hero(image).scheduled().create();
        logo(image);

        ManageApi.as(editor).when().get("/manage/v1/media/{id}", image.id)
                .then().statusCode(200)
                .body("siteLogo", equalTo(true))
                .body("usedBy", hasSize(3))
                .body("usedBy.find { it.articleId == '" + draftHero.id + "' }.role", equalTo("hero"))
                .body("usedBy.find { it.articleId == '" + draftHero.id + "' }.status", equalTo("draft"))
                .body("usedBy.find { it.articleId == '" + draftHero.id + "' }.slug", equalTo(draftHero.slug))
                .body("usedBy.find { it.articleId == '" + scheduledHero.id + "' }.status", equalTo("scheduled"))
                .body("usedBy.find { it.articleId == '" + archivedBlock.id + "' }.role", equalTo("block"))
                .body("usedBy.find { it.articleId == '" + archivedBlock.id + "' }.status", equalTo("archived"))
                .body("usedBy.find { it.articleId == '" + archivedBlock.id + "' }.language", equalTo("en"));
    }

    @Test
    void shouldListAnAudioVersion() {
        Media audio = fixtures.audio(120);
        Article published = fixtures.article().audio(audio).create();

        ManageApi.as(editor).when().get("/manage/v1/media/{id}", audio.id)
                .then().statusCode(200)
                .body("siteLogo", equalTo(false))
                .body("usedBy", hasSize(1))
                .body("usedBy[0].articleId", equalTo(published.id.toString()))
                .body("usedBy[0].role", equalTo("audio"))
                .body("usedBy[0].status", equalTo("published"));
    }

    @Test
    void shouldRefuseAKindChangeThatBreaksAUse() {
        Media image = fixtures.image();
        Article article = fixtures.article().hero(image).draft().create();

        ManageApi.as(editor).header("If-Match", "\"v0\"").body(MediaManagementTest.video())
                .when().put("/manage/v1/media/{id}", image.id)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString("hero of article en/" + article.slug),
                        containsString("cannot become video")));
        ManageApi.as(editor).when().get("/manage/v1/media/{id}", image.id)
                .then().statusCode(200)
                .body("version", equalTo(0))
                .body("content.kind", equalTo("image"));
    }

    @Test
    void shouldAllowAKindChangeWhileUnused() {
        Media image = fixtures.image();

        ManageApi.as(editor).header("If-Match", "\"v0\"").body(MediaManagementTest.video())
                .when().put("/manage/v1/media/{id}", image.id)
                .then().statusCode(200)
                .body("content.kind", equalTo("video"))
                .body("content.durationSeconds", equalTo(95))
                .body("content", not(hasKey("focalPoint")))
                .body("content.renditions", empty());
    }

    @Test
    void shouldRefuseToDeleteAnItemInUseAndSayWhere() {
        Media image = fixtures.image();
        Article article = fixtures.article().noHero().draft()
                .blocks(new BlockInput.Image("image", image.id, null, null)).create();
        logo(image);

        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/media/{id}", image.id)
                .then().statusCode(409)
                .body("detail", allOf(containsString("the site logo"),
                        containsString("block of article en/" + article.slug + " (draft, " + article.id + ")")));
        ManageApi.as(editor).when().get("/manage/v1/media/{id}", image.id)
                .then().statusCode(200);
    }

    @Test
    void shouldDeleteAnUnusedItemAsAdminOnly() {
        Media image = fixtures.image();

        ManageApi.as(editor).header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/media/{id}", image.id)
                .then().statusCode(403)
                .contentType("application/problem+json");
        ManageApi.asAdmin()
                .when().delete("/manage/v1/media/{id}", image.id)
                .then().statusCode(428);
        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/media/{id}", image.id)
                .then().statusCode(204);
        ManageApi.as(editor).when().get("/manage/v1/media/{id}", image.id)
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/media/{id}", image.id)
                .then().statusCode(404);
    }

    private void logo(Media image) {
        siteWriter.save(new SiteContent(Fixtures.unique("Usage Ledger"), image.id, "en", "Europe/Berlin",
                "https://news.test.example", List.of(new SiteContent.EditionInput("en", "Usage News",
                        "https://news.test.example/en"))));
    }
}
