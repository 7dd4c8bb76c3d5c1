package io.masthead.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.masthead.article.Article;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RelatedArticlesTest {
    @Inject
    Fixtures fixtures;

    @Test
    void shouldListPublishedArticlesSharingTagsByScore() {
        Tag a = fixtures.tag();
        Tag b = fixtures.tag();
        Tag c = fixtures.tag();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Article source = fixtures.article().tags(a, b, c).create();
        // Scores (shared tags × 30 / (30 + age in days)): two tags a day old 1.94, one tag an hour old 1.00,
        // three tags 90 days old 0.75.
        Article twoShared = fixtures.article().tags(b, a).publishedAt(now.minusDays(1)).create();
        Article oneShared = fixtures.article().tags(a, fixtures.tag()).publishedAt(now.minusHours(1)).create();
        Article threeSharedButOld = fixtures.article().tags(c, b, a).publishedAt(now.minusDays(90)).create();
        Article german = fixtures.article().language("de").tags(a, b, c).create();
        Article draft = fixtures.article().tags(a, b, c).draft().create();
        Article scheduled = fixtures.article().tags(a, b, c).scheduled().create();
        Article unrelated = fixtures.article().tags(fixtures.tag()).create();

        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", source.slug)
                .then().statusCode(200)
                .header("Surrogate-Key", containsString("article:" + source.id))
                .body("items.id", contains(twoShared.id.toString(), oneShared.id.toString(),
                        threeSharedButOld.id.toString()))
                .body("items[0].tags.slug", contains(b.slug, a.slug))
                .body(not(containsString(source.id.toString())))
                .body(not(containsString(german.id.toString())))
                .body(not(containsString(draft.id.toString())))
                .body(not(containsString(scheduled.id.toString())))
                .body(not(containsString(unrelated.id.toString())));
        given().queryParam("lang", "en").queryParam("limit", 2)
                .when().get("/api/v1/articles/{slug}/related", source.slug)
                .then().statusCode(200)
                .body("items.id", contains(twoShared.id.toString(), oneShared.id.toString()));
    }

    @Test
    void shouldListNothingForAnArticleWithoutTags() {
        Article source = fixtures.article().create();

        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", source.slug)
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void shouldAnswer404WhenTheArticleIsNotPublished() {
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();
        Article draft = fixtures.article().tags(tag).draft().create();

        for (String slug : List.of(draft.slug, "no-such-article")) {
            given().queryParam("lang", "en")
                    .when().get("/api/v1/articles/{slug}/related", slug)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/not-found"))
                    .body(not(containsString(draft.headline)));
        }
    }

    @Test
    void shouldNameABadLimit() {
        Article source = fixtures.article().create();

        for (String limit : List.of("0", "21", "five")) {
            given().queryParam("lang", "en").queryParam("limit", limit)
                    .when().get("/api/v1/articles/{slug}/related", source.slug)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].parameter", equalTo("limit"))
                    .body("errors[0].detail", containsString("from 1 to 20"));
        }
    }
}
