package io.masthead.localization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The article detail names its published translations, and itself, at their public URLs (the ones feeds and
 * sitemaps use), in the translations and in an RFC 8288 {@code Link} header, so that a page can emit its hreflang
 * alternates. Drafts and scheduled translations never appear.
 */
@QuarkusTest
class HreflangAlternatesTest {
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldLinkEveryPublishedTranslationAtItsEditionsUrl() {
        site.save(Fixtures.unique("Ledger"), null);
        Article english = fixtures.article().create();
        Article german = fixtures.article().language("de").translationOf(english).create();
        Article draft = fixtures.article().language("fr").translationOf(english).draft().create();
        Article scheduled = fixtures.article().language("it").translationOf(english).scheduled().create();
        String englishUrl = urlOf(english, SiteFixture.EN_HOME);
        String germanUrl = urlOf(german, SiteFixture.DE_HOME);

        Response response = given().when().get("/api/v1/articles/{slug}", english.slug);
        assertEquals(List.of("<" + germanUrl + ">; rel=\"alternate\"; hreflang=\"de\"",
                "<" + englishUrl + ">; rel=\"alternate\"; hreflang=\"en\""), response.headers().getValues("Link"));
        response.then().statusCode(200)
                .header("Surrogate-Key", containsString("site"))
                .header("Surrogate-Key", not(containsString(draft.id.toString())))
                .header("Surrogate-Key", not(containsString(scheduled.id.toString())))
                .body("translations", hasSize(1))
                .body("translations[0].id", equalTo(german.id.toString()))
                .body("translations[0].language", equalTo("de"))
                .body("translations[0].url", equalTo(germanUrl))
                .body("translations.language", not(contains("fr")))
                .body("translations.language", not(contains("it")))
                .body("url", nullValue());
    }

    @Test
    void shouldLinkBackFromTheTranslationToTheOriginal() {
        site.save(Fixtures.unique("Ledger"), null);
        Article english = fixtures.article().create();
        Article german = fixtures.article().language("de").translationOf(english).create();

        Response response = given().when().get("/api/v1/articles/id/{id}", german.id);
        assertEquals(List.of("<" + urlOf(german, SiteFixture.DE_HOME) + ">; rel=\"alternate\"; hreflang=\"de\"",
                "<" + urlOf(english, SiteFixture.EN_HOME) + ">; rel=\"alternate\"; hreflang=\"en\""),
                response.headers().getValues("Link"));
        response.then().statusCode(200)
                .body("translations.url", contains(urlOf(english, SiteFixture.EN_HOME)));
    }

    @Test
    void shouldSendNoAlternatesWithoutPublishedTranslations() {
        site.save(Fixtures.unique("Ledger"), null);
        Article english = fixtures.article().create();
        fixtures.article().language("de").translationOf(english).draft().create();

        given().when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("translations", empty());
    }

    @Test
    void shouldSendNoAlternatesWhenTheTranslationsAreLeftOut() {
        site.save(Fixtures.unique("Ledger"), null);
        Article english = fixtures.article().create();
        fixtures.article().language("de").translationOf(english).create();

        given().queryParam("fields", "slug,headline")
                .when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("slug", equalTo(english.slug))
                .body("translations", nullValue());
    }

    @Test
    void shouldStillServeTheTranslationsWithoutUrlsWhileNoSiteIsConfigured() {
        Article english = fixtures.article().create();
        Article german = fixtures.article().language("de").translationOf(english).create();

        given().when().get("/api/v1/articles/{slug}", english.slug)
                .then().statusCode(200)
                .header("Link", nullValue())
                .body("translations[0].id", equalTo(german.id.toString()))
                .body("translations[0]", not(hasKey("url")));
    }

    private static String urlOf(Article article, String home) {
        return home + "/" + PATH_DATE.format(article.firstPublishedAt.instant.atZone(ZoneId.of("Europe/Berlin")))
                + "/" + article.slug;
    }
}
