package io.masthead.site;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.masthead.article.Article;
import io.masthead.media.Media;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The site is a singleton shared by the whole run, so every test saves the settings it needs right before it
 * reads them, and the site is removed afterwards: lookups without {@code lang} elsewhere then fall back to
 * English again, as they do before any site is configured.
 */
@QuarkusTest
class SiteDeliveryTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteWriter siteWriter;
    @Inject
    SiteFixture siteFixture;

    @AfterEach
    void removeTheSite() {
        siteFixture.remove();
    }

    @Test
    void shouldServeTheSiteWithItsLogoAndEditionsInOrder() {
        Media logo = fixtures.image();
        String name = Fixtures.unique("The Test Ledger");
        save(name, logo.id, "en");

        given().when().get("/api/v1/site")
                .then().statusCode(200)
                .contentType("application/json")
                .body("name", equalTo(name))
                .body("logo.id", equalTo(logo.id.toString()))
                .body("logo.kind", equalTo("image"))
                .body("logo.url", equalTo(logo.url))
                .body("logo.altText", equalTo(logo.altText))
                .body("defaultLanguage", equalTo("en"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("baseUrl", equalTo("https://news.test.example"))
                .body("editions", hasSize(2))
                .body("editions.language", contains("en", "de"))
                .body("editions.name", contains("The Test News", "Die Testnachrichten"))
                .body("editions.baseUrl", contains("https://news.test.example/en", "https://news.test.example/de"));
    }

    @Test
    void shouldServeTheLogoAlthoughNoArticleUsesIt() {
        Media logo = fixtures.image();
        save(Fixtures.unique("Logo Ledger"), logo.id, "en");

        given().when().get("/api/v1/media/{id}", logo.id)
                .then().statusCode(200)
                .body("id", equalTo(logo.id.toString()))
                .body("kind", equalTo("image"));
    }

    @Test
    void shouldAnswer404ProblemWhileNoSiteIsConfigured() {
        // Tests leave no site behind, but removing it here keeps this test independent of that.
        siteFixture.remove();

        given().when().get("/api/v1/site")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void shouldLookUpArticlesWithoutLangInTheSiteDefaultLanguage() {
        Article german = fixtures.article().language("de").create();

        save(Fixtures.unique("German Ledger"), null, "de");
        given().when().get("/api/v1/articles/{slug}", german.slug)
                .then().statusCode(200)
                .body("id", equalTo(german.id.toString()))
                .body("language", equalTo("de"));

        save(Fixtures.unique("English Ledger"), null, "en");
        given().when().get("/api/v1/articles/{slug}", german.slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No published article found for 'en/" + german.slug + "'."));
    }

    @Test
    void shouldPickTheVersionInTheDefaultLanguageWhenASlugExistsInTwoLanguages() {
        String slug = Fixtures.unique("shared-slug");
        Article english = fixtures.article().language("en").slug(slug).create();
        Article german = fixtures.article().language("de").slug(slug).translationOf(english).create();

        save(Fixtures.unique("German Ledger"), null, "de");
        given().when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200).body("id", equalTo(german.id.toString()));

        save(Fixtures.unique("English Ledger"), null, "en");
        given().when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200).body("id", equalTo(english.id.toString()));
    }

    @Test
    void shouldNameTagsInTheSiteDefaultLanguageWithoutLang() {
        Tag tag = fixtures.tag();

        save(Fixtures.unique("German Ledger"), null, "de");
        given().when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200).body("name", equalTo("Deutsch " + tag.slug));

        save(Fixtures.unique("English Ledger"), null, "en");
        given().when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200).body("name", equalTo("English " + tag.slug));
    }

    private void save(String name, UUID logoId, String defaultLanguage) {
        siteWriter.save(new SiteContent(name, logoId, defaultLanguage, "Europe/Berlin", "https://news.test.example",
                List.of(new SiteContent.EditionInput("en", "The Test News", "https://news.test.example/en"),
                        new SiteContent.EditionInput("de", "Die Testnachrichten", "https://news.test.example/de"))));
    }
}
