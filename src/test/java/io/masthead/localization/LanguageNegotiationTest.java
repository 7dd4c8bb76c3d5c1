package io.masthead.localization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.masthead.article.Article;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code lang}, Accept-Language chooses the article's language among those its slug is published in; the
 * answer says which (Content-Language) and that it depends on the header (Vary), so caches stay correct.
 */
@QuarkusTest
class LanguageNegotiationTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldServeTheLanguageTheReaderPrefersAmongTheSlugsLanguages() {
        String slug = Fixtures.unique("shared");
        Article english = fixtures.article().slug(slug).create();
        Article german = fixtures.article().language("de").slug(slug).translationOf(english).create();

        given().header("Accept-Language", "de-CH, en;q=0.5")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("id", equalTo(german.id.toString()))
                .body("language", equalTo("de"));
        given().header("Accept-Language", "fr, en;q=0.3, de;q=0.2")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("id", equalTo(english.id.toString()));
        given().header("Accept-Language", "de;q=0, *;q=0.1")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .body("language", equalTo("en"));
    }

    @Test
    void shouldLetLangDecideAndNotVaryOnTheHeaderThen() {
        String slug = Fixtures.unique("shared");
        Article english = fixtures.article().slug(slug).create();
        fixtures.article().language("de").slug(slug).translationOf(english).create();

        given().header("Accept-Language", "de").queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", not(containsString("Accept-Language")))
                .body("language", equalTo("en"));
    }

    @Test
    void shouldFallBackToTheSiteDefaultWhenNoAcceptedLanguageHasTheSlug() {
        Article english = fixtures.article().create();

        given().header("Accept-Language", "de-DE, de;q=0.9")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("id", equalTo(english.id.toString()));
        given().when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void shouldIgnoreAGarbledHeaderInsteadOfFailing() {
        Article english = fixtures.article().create();

        for (String garbage : List.of("<script>alert(1)</script>", "de;q=2", ";;,,;", "q=0.5", "x".repeat(900),
                "de;q=abc, *;q=nope", "\u00e9\u00e9")) {
            given().header("Accept-Language", garbage)
                    .when().get("/api/v1/articles/{slug}", english.slug)
                    .then().statusCode(200)
                    .body("language", equalTo("en"));
        }
    }

    @Test
    void shouldVaryEvenWhenTheNegotiatedLanguageHasNoSuchArticle() {
        given().header("Accept-Language", "de")
                .when().get("/api/v1/articles/{slug}", Fixtures.unique("missing"))
                .then().statusCode(404)
                .header("Vary", containsString("Accept-Language"));
    }

    @Test
    void shouldNegotiateRelatedArticlesAndJsonLdTheSameWay() {
        String slug = Fixtures.unique("shared");
        Tag tag = fixtures.tag();
        Article english = fixtures.article().slug(slug).tags(tag).create();
        fixtures.article().language("de").slug(slug).tags(tag).translationOf(english).create();
        Article germanNeighbour = fixtures.article().language("de").tags(tag).create();
        site.save(Fixtures.unique("Negotiated Ledger"), null);

        given().header("Accept-Language", "de")
                .when().get("/api/v1/articles/{slug}/related", slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("items.id", equalTo(List.of(germanNeighbour.id.toString())));
        given().header("Accept-Language", "de").accept("application/ld+json")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("inLanguage", equalTo("de"));
    }

    @Test
    void shouldNameTagsAndSectionsInTheSiteDefaultLanguageWhenTheArticlesIsMissing() {
        Tag tag = fixtures.tag();
        Section section = fixtures.section();
        Article italian = fixtures.article().language("it").tags(tag).section(section).create();

        given().queryParam("lang", "it")
                .when().get("/api/v1/articles/{slug}", italian.slug)
                .then().statusCode(200)
                .body("tags[0].name", equalTo("English " + tag.slug))
                .body("section.name", equalTo("Section " + section.slug));
        given().queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items[0].tags[0].name", equalTo("English " + tag.slug))
                .body("items[0].section.name", equalTo("Section " + section.slug));
        given().queryParam("lang", "de").queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void shouldNotVaryTheLookupByIdWhoseLanguageIsFixed() {
        Article english = fixtures.article().create();

        given().header("Accept-Language", "de")
                .when().get("/api/v1/articles/id/{id}", english.id)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", not(containsString("Accept-Language")))
                .body("language", equalTo("en"))
                .body("translations", not(hasItem(nullValue())));
    }
}
