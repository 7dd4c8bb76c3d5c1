package io.masthead.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.media.Media;
import io.masthead.tag.Tag;
import io.masthead.tag.TagType;
import io.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleDeliveryTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldServeAnArticleBySlugWithEverythingEmbedded() {
        Media hero = fixtures.image();
        Media inline = fixtures.image();
        Media audio = fixtures.audio(128);
        Tag place = fixtures.tag(TagType.PLACE);
        Tag person = fixtures.tag(TagType.PERSON);
        Tag topic = fixtures.tag(TagType.TOPIC);
        Article article = fixtures.article()
                .hero(hero).audio(audio).tags(place, person, topic)
                .publishedAt(OffsetDateTime.of(2026, 2, 26, 8, 45, 0, 0, ZoneOffset.ofHours(1)))
                .blocks(new BlockInput.Paragraph("paragraph", "One <b>two</b> three."),
                        new BlockInput.Heading("heading", 3, "Four"),
                        new BlockInput.Quote("quote", "Five six.", "Ada Example", "Foreign minister", "Daily Test"),
                        new BlockInput.Image("image", inline.id, "Own caption", null),
                        new BlockInput.Embed("embed", "https://www.youtube.com/watch?v=abc", "Seven"),
                        new BlockInput.ListBlock("list", ListStyle.ORDERED, List.of("Eight", "<i>Nine</i>")))
                .create();

        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("id", equalTo(article.id.toString()))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("2026-02-26T08:45:00+01:00"))
                .body("firstPublishedAt", equalTo("2026-02-26T08:45:00+01:00"))
                .body("hero.media.id", equalTo(hero.id.toString()))
                .body("hero.media.altText", equalTo(hero.altText))
                .body("hero.caption", equalTo(hero.caption))
                .body("hero.credit", equalTo(hero.credit))
                .body("audio.durationSeconds", equalTo(128))
                .body("audio.narrator", equalTo("Test Narrator"))
                .body("tags.slug", contains(place.slug, person.slug, topic.slug))
                .body("tags.type", contains("place", "person", "topic"))
                .body("tags[0].name", equalTo("English " + place.slug))
                .body("blocks.type", contains("paragraph", "heading", "quote", "image", "embed", "list"))
                .body("blocks[0].html", equalTo("One <b>two</b> three."))
                .body("blocks[0].text", equalTo("One two three."))
                .body("blocks[1].level", equalTo(3))
                .body("blocks[2].person", equalTo("Ada Example"))
                .body("blocks[2].role", equalTo("Foreign minister"))
                .body("blocks[2].source", equalTo("Daily Test"))
                .body("blocks[3].media.id", equalTo(inline.id.toString()))
                .body("blocks[3].caption", equalTo("Own caption"))
                .body("blocks[3].credit", equalTo(inline.credit))
                .body("blocks[4].provider", equalTo("youtube"))
                .body("blocks[5].style", equalTo("ordered"))
                .body("blocks[5].items.text", contains("Eight", "Nine"))
                .body("wordCount", equalTo(8))
                .body("readingTimeMinutes", equalTo(1))
                .body("byline[0].name", equalTo("Test Reporter"))
                .body("sources[0].name", equalTo("Test Wire"))
                .body("seo.title", equalTo(article.headline))
                .body("$", not(org.hamcrest.Matchers.hasKey("status")))
                .body("$", not(org.hamcrest.Matchers.hasKey("version")));
    }

    @Test
    void shouldServeTheSameArticleById() {
        Article article = fixtures.article().create();

        given().when().get("/api/v1/articles/id/{id}", article.id)
                .then().statusCode(200)
                .body("slug", equalTo(article.slug))
                .body("blocks", hasSize(4));
    }

    @Test
    void shouldListPublishedTranslationsBothWays() {
        Article english = fixtures.article().language("en").create();
        Article german = fixtures.article().language("de").translationOf(english).create();

        given().queryParam("lang", "de")
                .when().get("/api/v1/articles/{slug}", german.slug)
                .then().statusCode(200)
                .body("translations.language", contains("en"))
                .body("translations[0].slug", equalTo(english.slug))
                .body("translations[0].id", equalTo(english.id.toString()));
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .body("translations.slug", contains(german.slug));
    }

    @Test
    void shouldAnswer404ForAnUnknownSlugOrTheWrongLanguage() {
        Article article = fixtures.article().language("de").create();

        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("No published article found for 'en/" + article.slug + "'."));
        given().when().get("/api/v1/articles/{slug}", "no-such-story")
                .then().statusCode(404)
                .body("type", equalTo("https://masthead.io/problems/not-found"));
    }

    @Test
    void shouldListNewestFirstWithTagFilterAndFollowCursorsToTheEnd() {
        Tag tag = fixtures.tag();
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3);
        List<Article> created = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(fixtures.article().tags(tag).publishedAt(base.plusHours(i)).create());
        }

        var first = given().queryParam("tag", tag.slug).queryParam("limit", 2)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", startsWith("</api/v1/articles?"))
                .body("items.slug", contains(created.get(4).slug, created.get(3).slug))
                .body("nextCursor", notNullValue())
                .extract();
        String link = first.header("Link");
        String nextUrl = link.substring(1, link.indexOf('>'));

        var second = given().when().get(nextUrl)
                .then().statusCode(200)
                .body("items.slug", contains(created.get(2).slug, created.get(1).slug))
                .extract();
        given().queryParam("tag", tag.slug).queryParam("limit", 2)
                .queryParam("cursor", second.path("nextCursor").toString())
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("items.slug", contains(created.get(0).slug))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldFilterBySectionAndLanguage() {
        var section = fixtures.section();
        Article german = fixtures.article().language("de").section(section).create();
        Article english = fixtures.article().language("en").section(section).create();
        fixtures.article().language("de").create();

        given().queryParam("section", section.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", contains(english.slug, german.slug))
                .body("items[0].section.slug", equalTo(section.slug))
                .body("items[0].section.name", equalTo("Section " + section.slug));
        given().queryParam("section", section.slug).queryParam("lang", "de")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", contains(german.slug))
                .body("items[0].section.name", equalTo("Ressort " + section.slug));
    }

    @Test
    void shouldAnswer304WhenTheClientHasTheCurrentVersion() {
        Article article = fixtures.article().create();
        String etag = given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Surrogate-Key", org.hamcrest.Matchers.containsString("article:" + article.id))
                .extract().header("ETag");

        given().queryParam("lang", "en").header("If-None-Match", etag)
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(equalTo(""));
        given().queryParam("lang", "en").header("If-None-Match", "\"something-else\"")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200);
    }

    @Test
    void shouldAnswerAnIfMatchThatFailsWithAProblemThatIsNotCached() {
        Article article = fixtures.article().create();
        String etag = given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).extract().header("ETag");

        given().queryParam("lang", "en").header("If-Match", "W/\"stale\"")
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(412)
                .contentType("application/problem+json")
                .header("Cache-Control", not(org.hamcrest.Matchers.containsString("public")))
                .body("status", equalTo(412))
                .body("detail", startsWith("If-Match does not name the current representation"))
                .body("headline", nullValue());
        given().queryParam("lang", "en").header("If-Match", etag)
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .body("headline", equalTo(article.headline));
    }

    @Test
    void shouldShowTheListItemsTeaserFields() {
        Tag tag = fixtures.tag();
        Media audio = fixtures.audio(95);
        Article article = fixtures.article().tags(tag).audio(audio).create();

        given().queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].headline", equalTo(article.headline))
                .body("items[0].hero.media.renditions.name", hasItem("w640"))
                .body("items[0].tags.slug", contains(tag.slug))
                .body("items[0].audioDurationSeconds", equalTo(95))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("blocks")));
    }
}
