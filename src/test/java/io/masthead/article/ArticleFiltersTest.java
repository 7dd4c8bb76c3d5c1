package io.masthead.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.body.BlockInput;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The filters, orders and counts of the article list; each test isolates its articles with a tag of its own. */
@QuarkusTest
class ArticleFiltersTest {
    private static final OffsetDateTime BASE = OffsetDateTime.of(2026, 3, 10, 12, 0, 0, 0, ZoneOffset.UTC);

    @Inject
    Fixtures fixtures;

    @Test
    void shouldListArticlesWithAllOrAnyOfSeveralTags() {
        Tag first = fixtures.tag();
        Tag second = fixtures.tag();
        Article onlyFirst = fixtures.article().tags(first).publishedAt(BASE).create();
        Article both = fixtures.article().tags(second, first).publishedAt(BASE.plusHours(1)).create();
        Article onlySecond = fixtures.article().tags(second).publishedAt(BASE.plusHours(2)).create();

        assertEquals(ids(both), list(Map.of("tagMode", "all"), first, second));
        assertEquals(ids(both), list(Map.of(), first, second));
        assertEquals(ids(onlySecond, both, onlyFirst), list(Map.of("tagMode", "any"), first, second));
        given().queryParam("tag", first.slug, "no-such-tag-at-all")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", empty());
        given().queryParam("tag", first.slug, "no-such-tag-at-all").queryParam("tagMode", "any")
                .queryParam("count", true)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", contains(both.id.toString(), onlyFirst.id.toString()))
                .body("total", equalTo(2));
    }

    @Test
    void shouldListArticlesWithAnAudioVersionOrAVideo() {
        Tag tag = fixtures.tag();
        Article audio = fixtures.article().tags(tag).audio(fixtures.audio(90)).publishedAt(BASE).create();
        Article youtube = fixtures.article().tags(tag).publishedAt(BASE.plusHours(1))
                .blocks(new BlockInput.Embed("embed", "https://www.youtube.com/watch?v=abc", "A clip")).create();
        fixtures.article().tags(tag).publishedAt(BASE.plusHours(2))
                .blocks(new BlockInput.Embed("embed", "https://open.spotify.com/episode/xyz", "A podcast")).create();
        fixtures.article().tags(tag).publishedAt(BASE.plusHours(3)).create();

        assertEquals(ids(audio), list(Map.of("type", "audio"), tag));
        assertEquals(ids(youtube), list(Map.of("type", "video"), tag));
        assertEquals(4, list(Map.of(), tag).size());
    }

    @Test
    void shouldListArticlesByAContributorNamedInFullInAnyCase() {
        Tag tag = fixtures.tag();
        String name = "Jana " + Fixtures.uniqueWord("Holm");
        Article byline = fixtures.article().tags(tag).contributor(name).create();
        fixtures.article().tags(tag).create();

        assertEquals(ids(byline), list(Map.of("author", name), tag));
        assertEquals(ids(byline), list(Map.of("author", name.toUpperCase()), tag));
        assertEquals(List.of(), list(Map.of("author", "Jana"), tag));
        assertEquals(List.of(), list(Map.of("author", name + " "), tag));
    }

    @Test
    void shouldListArticlesFromATimeInclusiveToATimeExclusive() {
        Tag tag = fixtures.tag();
        Article early = fixtures.article().tags(tag).publishedAt(BASE).create();
        Article middle = fixtures.article().tags(tag).publishedAt(BASE.plusDays(1)).create();
        Article late = fixtures.article().tags(tag).publishedAt(BASE.plusDays(2)).create();
        String middleInBerlin = rfc3339(BASE.plusDays(1).withOffsetSameInstant(ZoneOffset.ofHours(1)));

        assertEquals(ids(late, middle), list(Map.of("from", middleInBerlin), tag));
        assertEquals(ids(early), list(Map.of("to", middleInBerlin), tag));
        assertEquals(ids(middle), list(Map.of("from", rfc3339(BASE.plusDays(1)),
                "to", rfc3339(BASE.plusDays(1).plusNanos(1000)).toLowerCase()), tag));
        assertEquals(ids(early, middle, late), list(Map.of("sort", "oldest", "from", "2026-03-10T12:00:00Z"), tag));
    }

    @Test
    void shouldCombineSectionLanguageAndTag() {
        Tag tag = fixtures.tag();
        Section section = fixtures.section();
        Article match = fixtures.article().tags(tag).section(section).language("de").create();
        fixtures.article().tags(tag).section(section).language("en").create();
        fixtures.article().tags(tag).language("de").create();

        assertEquals(ids(match), list(Map.of("section", section.slug, "lang", "de"), tag));
    }

    @Test
    void shouldPageOldestFirstAndCountTheWholeList() {
        Tag tag = fixtures.tag();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            articles.add(fixtures.article().tags(tag).publishedAt(BASE.plusMinutes(i)).create());
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = given().queryParam("tag", tag.slug).queryParam("sort", "oldest")
                    .queryParam("limit", 2).queryParam("count", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("total", equalTo(5))
                    .extract().response();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertEquals(ids(articles.toArray(Article[]::new)), seen);
        given().queryParam("tag", tag.slug).queryParam("count", false)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("total", nullValue());
        List<String> newestFirst = new ArrayList<>(seen);
        Collections.reverse(newestFirst);
        given().queryParam("tag", tag.slug).queryParam("count", true).queryParam("limit", 10)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", contains(newestFirst.toArray()))
                .body("total", equalTo(5));
    }

    @Test
    void shouldRefuseACursorOfAnotherSortOrFilter() {
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();
        fixtures.article().tags(tag).create();
        String cursor = given().queryParam("tag", tag.slug).queryParam("limit", 1)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("nextCursor");

        for (Map<String, String> other : List.of(Map.of("sort", "oldest"), Map.of("type", "audio"),
                Map.of("tagMode", "any"), Map.of("author", "Test Reporter"))) {
            given().queryParam("tag", tag.slug).queryParam("limit", 1).queryParam("cursor", cursor)
                    .queryParams(other)
                    .when().get("/api/v1/articles")
                    .then().statusCode(400)
                    .body("errors[0].parameter", equalTo("cursor"))
                    .body("errors[0].detail", containsString("another list"));
        }
        given().queryParam("tag", tag.slug).queryParam("limit", 1).queryParam("cursor", cursor)
                .queryParam("sort", "newest")
                .when().get("/api/v1/articles")
                .then().statusCode(200);
    }

    @Test
    void shouldNameEveryBadFilterValue() {
        List<List<String>> cases = List.of(
                List.of("tagMode", "some", "tagMode must be one of all, any"),
                List.of("type", "podcast", "type must be one of audio, video"),
                List.of("type", "1", "type must be one of audio, video"),
                List.of("sort", "random", "sort must be one of newest, oldest, relevance"),
                List.of("count", "yes", "count must be true or false"),
                List.of("from", "2026-09-01T00:00:00", "RFC 3339 date-time with an offset"),
                List.of("from", "2026-02-30T00:00:00Z", "RFC 3339 date-time with an offset"),
                List.of("to", "+102026-09-01T00:00:00Z", "RFC 3339 date-time with an offset"),
                List.of("tag", "Not_A_Slug", "slug"),
                List.of("section", "x".repeat(121), "slug"),
                List.of("lang", "deutsch!", "BCP 47"),
                List.of("author", "Jana\u0000Holm", "must not contain the NUL character"),
                List.of("author", "x".repeat(201), "1 to 200 characters"),
                List.of("section", "", "must not be empty"),
                List.of("count", "", "must not be empty"));
        for (List<String> bad : cases) {
            given().queryParam(bad.get(0), bad.get(1))
                    .when().get("/api/v1/articles")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/invalid-parameter"))
                    .body("errors", hasSize(1))
                    .body("errors[0].parameter", equalTo(bad.get(0)))
                    .body("errors[0].detail", containsString(bad.get(2)));
        }
        given().queryParam("from", "2026-09-02T00:00:00Z").queryParam("to", "2026-09-01T00:00:00+02:00")
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("to"));
        given().queryParam("tag", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"))
                .when().get("/api/v1/articles")
                .then().statusCode(400)
                .body("errors[0].parameter", equalTo("tag"))
                .body("errors[0].detail", containsString("at most 10"));
    }

    private static List<String> list(Map<String, String> parameters, Tag... tags) {
        RequestSpecification request = given().queryParams(parameters).queryParam("limit", 100);
        for (Tag tag : tags) {
            request.queryParam("tag", tag.slug);
        }
        return request.when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().path("items.id");
    }

    private static String rfc3339(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static List<String> ids(Article... articles) {
        return Arrays.stream(articles).map(article -> article.id.toString()).toList();
    }
}
