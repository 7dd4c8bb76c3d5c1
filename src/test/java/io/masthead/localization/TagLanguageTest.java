package io.masthead.localization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.tag.Tag;
import io.masthead.tag.TagContent;
import io.masthead.tag.TagType;
import io.masthead.tag.TagWriter;
import io.masthead.testing.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The tags' names follow {@code lang}, else the reader's {@code Accept-Language}, and fall back to the site's default
 * language, then to any; the answer says which language it chose and, without {@code lang}, that it varies with the
 * header. No site is saved here, so the site's default language is English.
 */
@QuarkusTest
class TagLanguageTest {
    @Inject
    Fixtures fixtures;
    @Inject
    TagWriter tagWriter;

    @Test
    void shouldNameATagInTheLanguageTheReaderPrefers() {
        Tag tag = fixtures.tag();

        given().header("Accept-Language", "fr, de-CH;q=0.8, en;q=0.5")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("name", equalTo("Deutsch " + tag.slug))
                .body("description", nullValue())
                .body("names", equalTo(Map.of("en", "English " + tag.slug, "de", "Deutsch " + tag.slug)));
        given().header("Accept-Language", "de;q=0, en")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("English " + tag.slug))
                .body("description", equalTo("About " + tag.slug));
    }

    @Test
    void shouldLetLangDecideAndNotVaryOnTheHeaderThen() {
        Tag tag = fixtures.tag();

        given().header("Accept-Language", "de").queryParam("lang", "en")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", not(containsString("Accept-Language")))
                .body("name", equalTo("English " + tag.slug));
    }

    @Test
    void shouldFallBackToTheSiteDefaultThenToAnyLanguage() {
        Tag parent = tagWriter.create(new TagContent(Fixtures.unique("region"), TagType.PLACE, Map.of(
                "fr", new TagContent.Localization("Région", null),
                "de", new TagContent.Localization("Region", null)), null, null, null));
        Tag tag = tagWriter.create(new TagContent(Fixtures.unique("city"), TagType.PLACE, Map.of(
                "en", new TagContent.Localization("City", null),
                "fr", new TagContent.Localization("Ville", null)), parent.slug, null, null));

        given().queryParam("lang", "it")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("City"))
                .body("parent.name", equalTo("Region"));
        given().header("Accept-Language", "ja, it;q=0.5")
                .when().get("/api/v1/tags/{slug}", parent.slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .header("Vary", containsString("Accept-Language"))
                .body("name", equalTo("Region"))
                .body("name", not(equalTo("Région")));
    }

    @Test
    void shouldIgnoreAcceptLanguageThatDoesNotParse() {
        Tag tag = fixtures.tag();

        for (String hostile : List.of("de;q=2", "';--, de;q=abc", "*;q=", "x".repeat(5000), ",,,;;;", "de-"
                + "a".repeat(40), "é, ü;q=0.9", "de;q=0.5;q=0.9, " + "de, ".repeat(200))) {
            Response response = given().header("Accept-Language", hostile)
                    .when().get("/api/v1/tags/{slug}", tag.slug);
            response.then().statusCode(200)
                    .header("Vary", containsString("Accept-Language"))
                    .body("slug", equalTo(tag.slug));
            assertEquals(response.getHeader("Content-Language").equals("de") ? "Deutsch " + tag.slug
                    : "English " + tag.slug, response.jsonPath().getString("name"), hostile);
        }
        given().header("Accept-Language", "';--, de;q=abc")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "en")
                .body("name", equalTo("English " + tag.slug));
    }

    @Test
    void shouldNameTheListInTheNegotiatedLanguage() {
        Tag tag = fixtures.tag(TagType.ORGANISATION);

        Map<String, Object> german = listed(tag.slug, "de, en;q=0.1");
        assertEquals("Deutsch " + tag.slug, german.get("name"));
        Map<String, Object> english = listed(tag.slug, "zz, en-GB;q=0.5");
        assertEquals("English " + tag.slug, english.get("name"));
        given().header("Accept-Language", "de").queryParam("type", "organisation").queryParam("lang", "en")
                .when().get("/api/v1/tags")
                .then().statusCode(200)
                .header("Content-Language", "en")
                .header("Vary", not(containsString("Accept-Language")));
    }

    @Test
    void shouldCountNoDraftsUnderAnyLanguage() {
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();
        fixtures.article().language("de").tags(tag).draft().create();
        fixtures.article().language("de").tags(tag).scheduled().create();

        given().header("Accept-Language", "de")
                .when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200)
                .header("Content-Language", "de")
                .body("articleCount", equalTo(1));
    }

    /** The item of this tag in the list read with this header, every page checked for its language headers. */
    private static Map<String, Object> listed(String slug, String acceptLanguage) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        String language = null;
        do {
            var request = given().header("Accept-Language", acceptLanguage).queryParam("type", "organisation")
                    .queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.when().get("/api/v1/tags");
            response.then().statusCode(200).header("Vary", containsString("Accept-Language"));
            language = response.getHeader("Content-Language");
            JsonPath page = response.jsonPath();
            items.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        String expected = acceptLanguage.startsWith("de") ? "de" : "en";
        assertEquals(expected, language);
        return items.stream().filter(item -> slug.equals(item.get("slug"))).findFirst()
                .orElseThrow(() -> new AssertionError("the list does not have " + slug));
    }
}
