package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** fields, include and format: what they keep, what they leave out, and what they refuse. */
@QuarkusTest
class ArticleShapeTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldTrimListItemsToTheNamedFields() {
        Tag tag = fixtures.tag();
        Article older = fixtures.article().tags(tag).create();
        Article newer = fixtures.article().tags(tag).create();

        given().queryParam("tag", tag.slug).queryParam("fields", "slug,headline,publishedAt").queryParam("limit", 1)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0]", aMapWithSize(3))
                .body("items[0].slug", equalTo(newer.slug))
                .body("items[0].headline", equalTo(newer.headline))
                .body("items[0].publishedAt", notNullValue())
                .body("items[0]", not(hasKey("id")))
                .body("items[0]", not(hasKey("tags")))
                .body("items[0]", not(hasKey("hero")))
                .body("nextCursor", notNullValue());
        given().queryParam("tag", tag.slug).queryParam("fields", "id").queryParam("q", "Headline")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", everyItem(notNullValue()))
                .body("items.size()", equalTo(2))
                .body("items", everyItem(aMapWithSize(1)))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(older.id.toString(),
                        newer.id.toString()));
    }

    @Test
    void shouldTrimRelatedArticlesToTheNamedFields() {
        Tag tag = fixtures.tag();
        Article source = fixtures.article().tags(tag).create();
        Article related = fixtures.article().tags(tag).create();

        given().queryParam("fields", "slug,tags").queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", source.slug)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0]", aMapWithSize(2))
                .body("items[0].slug", equalTo(related.slug))
                .body("items[0].tags[0].slug", equalTo(tag.slug));
    }

    @Test
    void shouldTrimTheArticleToTheNamedFields() {
        Article article = fixtures.article().tags(fixtures.tag()).audio(fixtures.audio(30)).create();

        given().queryParam("lang", "en").queryParam("fields", "slug,headline,tags")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("$", aMapWithSize(3))
                .body("slug", equalTo(article.slug))
                .body("tags", hasSize(1))
                .body("$", not(hasKey("blocks")))
                .body("$", not(hasKey("audio")))
                .body("$", not(hasKey("translations")));
        given().queryParam("fields", "id,wordCount")
                .when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(200)
                .body("$", aMapWithSize(2))
                .body("id", equalTo(article.id.toString()));
    }

    @Test
    void shouldEmbedOnlyTheIncludedPartsAndReadFewerStatements() {
        Article english = fixtures.article().tags(fixtures.tag(), fixtures.tag()).audio(fixtures.audio(30)).create();
        fixtures.article().language("de").translationOf(english).create();

        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("translations", hasSize(1));
        // Not the full article: that may come from the read model in one statement, whatever it embeds.
        var mostParts = given().queryParam("lang", "en").queryParam("include", "blocks,media,tags,byline")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("tags", hasSize(2))
                .body("$", not(hasKey("translations")))
                .extract().response();
        var blocksOnly = given().queryParam("lang", "en").queryParam("include", "blocks")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("blocks.size()", equalTo(4))
                .body("headline", equalTo(english.headline))
                .body("sources", hasSize(1))
                .body("$", allOf(not(hasKey("tags")), not(hasKey("translations")), not(hasKey("byline")),
                        not(hasKey("hero")), not(hasKey("audio"))))
                .extract().response();
        given().queryParam("lang", "en").queryParam("include", "media,byline,translations")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("hero.media.id", notNullValue())
                .body("audio.durationSeconds", equalTo(30))
                .body("byline[0].name", equalTo("Test Reporter"))
                .body("translations[0].language", equalTo("de"))
                .body("$", allOf(not(hasKey("tags")), not(hasKey("blocks"))));

        assertTrue(SqlStatements.of(blocksOnly) < SqlStatements.of(mostParts), "include=blocks ran "
                + SqlStatements.of(blocksOnly) + " statements, include=blocks,media,tags,byline "
                + SqlStatements.of(mostParts));
    }

    @Test
    void shouldNeverShowADraftTranslationWhenTranslationsAreIncluded() {
        Article english = fixtures.article().create();
        Article draft = fixtures.article().language("de").translationOf(english).draft().create();
        Article french = fixtures.article().language("fr").translationOf(english).create();

        given().queryParam("lang", "en").queryParam("include", "translations")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("translations.id", equalTo(List.of(french.id.toString())))
                .body(not(containsString(draft.slug)))
                .body(not(containsString(draft.id.toString())));
    }

    @Test
    void shouldServeBlockTextInTheRequestedFormat() {
        Article article = fixtures.article().blocks(new BlockInput.Paragraph("paragraph", "One <b>two</b>."),
                new BlockInput.Heading("heading", 2, "Three"),
                new BlockInput.ListBlock("list", ListStyle.UNORDERED, List.of("<i>Four</i>"))).create();

        given().queryParam("lang", "en").queryParam("format", "text")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("blocks[0].text", equalTo("One two."))
                .body("blocks[0]", not(hasKey("html")))
                .body("blocks[1].text", equalTo("Three"))
                .body("blocks[2].items[0].text", equalTo("Four"))
                .body("blocks[2].items[0]", not(hasKey("html")));
        given().queryParam("lang", "en").queryParam("format", "html")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("blocks[0].html", equalTo("One <b>two</b>."))
                .body("blocks[0]", not(hasKey("text")))
                .body("blocks[1].text", equalTo("Three"))
                .body("blocks[2].items[0].html", equalTo("<i>Four</i>"))
                .body("blocks[2].items[0]", not(hasKey("text")));
        given().queryParam("lang", "en").queryParam("format", "both")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("blocks[0].html", equalTo("One <b>two</b>."))
                .body("blocks[0].text", equalTo("One two."));
    }

    @Test
    void shouldRefuseUnknownFieldNamesAndListWhatIsAccepted() {
        Article article = fixtures.article().create();

        for (String path : List.of("/api/v1/articles/" + article.slug, "/api/v1/articles")) {
            given().queryParam("fields", "slug,passwordHash")
                    .when().get(path)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("fields"))
                    .body("errors[0].detail", containsString("passwordHash"))
                    .body("errors[0].detail", containsString("headline"))
                    .body(not(containsString("\"slug\":\"" + article.slug)));
        }
        given().queryParam("lang", "en").queryParam("fields", "slug,,headline")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
        given().queryParam("lang", "en").queryParam("fields", "blocks")
                .when().get("/api/v1/articles/{slug}/related", article.slug)
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
    }

    @Test
    void shouldRefuseEmptyRepeatedAndUnknownShapeParameters() {
        Article article = fixtures.article().create();

        given().urlEncodingEnabled(false).queryParam("fields", "")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"));
        given().queryParam("fields", "slug").queryParam("fields", "headline")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(400).body("errors[0].parameter", equalTo("fields"))
                .body("errors[0].detail", containsString("only once"));
        given().queryParam("include", "blocks,comments")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("include"))
                .body("errors[0].detail", containsString("translations"));
        given().queryParam("format", "markdown")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].detail", containsString("html, text, both"));
        given().queryParam("format", "text").queryParam("include", "nope").queryParam("fields", "nope")
                .when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(400)
                .body("errors.parameter", org.hamcrest.Matchers.containsInAnyOrder("fields", "include"))
                .body("errors[0].detail", not(nullValue()));
    }
}
