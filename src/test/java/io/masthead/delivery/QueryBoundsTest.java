package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.media.Media;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads are designed queries: the number of SQL statements per request must not grow with the number of
 * blocks, media, tags or articles. Each test compares a small and a large case and bounds both.
 */
@QuarkusTest
class QueryBoundsTest {
    static final long MAX_DETAIL_STATEMENTS = 10;
    static final long MAX_LIST_STATEMENTS = 6;
    static final long MAX_CHANGES_STATEMENTS = 8;
    static final long MAX_FULL_CHANGES_STATEMENTS = 14;

    @Inject
    Fixtures fixtures;

    @Test
    void shouldReadAnArticleInTheSameNumberOfStatementsWhateverItsSize() {
        Article small = fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag())
                .blocks(manyBlocks(4)).create();
        Article large = fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10))
                .blocks(manyBlocks(40)).create();

        long smallCount = SqlStatements.of(getArticle(small));
        long largeCount = SqlStatements.of(getArticle(large));

        assertTrue(smallCount >= 3, "the counter saw " + smallCount + " statements; it is not counting");
        assertEquals(smallCount, largeCount, "statements for 4 blocks and 1 tag vs 40 blocks and 10 tags");
        assertTrue(largeCount <= MAX_DETAIL_STATEMENTS, "article detail ran " + largeCount + " statements");
    }

    @Test
    void shouldListAPageInTheSameNumberOfStatementsWhateverItsLength() {
        Tag few = fixtures.tag();
        Tag many = fixtures.tag();
        for (int i = 0; i < 2; i++) {
            fixtures.article().tags(few, fixtures.tag()).create();
        }
        for (int i = 0; i < 30; i++) {
            fixtures.article().tags(many, fixtures.tag(), fixtures.tag()).create();
        }

        long fewCount = SqlStatements.of(list(few, 2));
        long manyCount = SqlStatements.of(list(many, 30));

        assertTrue(fewCount >= 2, "the counter saw " + fewCount + " statements; it is not counting");
        assertEquals(fewCount, manyCount, "statements for a page of 2 vs a page of 30");
        assertTrue(manyCount <= MAX_LIST_STATEMENTS, "article list ran " + manyCount + " statements");
    }

    @Test
    void shouldServeAChangesPageInTheSameNumberOfStatementsWhateverItsLength() {
        String beforeTwo = caughtUpToken();
        for (int i = 0; i < 2; i++) {
            fixtures.article().section(fixtures.section()).audio(fixtures.audio(30)).tags(fixtures.tag()).create();
        }
        long twoCount = SqlStatements.of(changes(beforeTwo, null, 2));
        String beforeThirty = caughtUpToken();
        for (int i = 0; i < 30; i++) {
            fixtures.article().section(fixtures.section()).audio(fixtures.audio(30))
                    .tags(fixtures.tag(), fixtures.tag()).create();
        }
        long thirtyCount = SqlStatements.of(changes(beforeThirty, null, 30));

        assertTrue(twoCount >= 4, "the counter saw " + twoCount + " statements; it is not counting");
        assertEquals(twoCount, thirtyCount, "statements for a page of 2 vs a page of 30 changes");
        assertTrue(thirtyCount <= MAX_CHANGES_STATEMENTS, "changes page ran " + thirtyCount + " statements");
    }

    @Test
    void shouldServeFullArticlesInTheChangesFeedInTheSameNumberOfStatementsWhateverTheirSize() {
        String beforeSmall = caughtUpToken();
        fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag()).blocks(manyBlocks(4)).create();
        long smallCount = SqlStatements.of(changes(beforeSmall, "article", 1));
        String beforeLarge = caughtUpToken();
        for (int i = 0; i < 5; i++) {
            fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10)).blocks(manyBlocks(40)).create();
        }
        long largeCount = SqlStatements.of(changes(beforeLarge, "article", 5));

        assertEquals(smallCount, largeCount, "statements for 1 small article vs 5 with 40 blocks and 10 tags");
        assertTrue(largeCount <= MAX_FULL_CHANGES_STATEMENTS, "full changes page ran " + largeCount + " statements");
    }

    /** The token of a client that has read the whole feed so far. */
    private static String caughtUpToken() {
        String since = null;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", 100);
            if (since != null) {
                request.queryParam("since", since);
            }
            var page = request.when().get("/api/v1/changes").then().statusCode(200).extract();
            since = page.path("nextToken");
            more = page.path("hasMore");
        }
        return since;
    }

    /**
     * One page of changes, read right after a first read of the same page: the first one settles the feed's
     * horizon, so that the measured one counts only what the page itself needs.
     */
    private static Response changes(String since, String include, int expected) {
        changesRequest(since, include).when().get("/api/v1/changes").then().statusCode(200);
        return changesRequest(since, include)
                .when().get("/api/v1/changes")
                .then().statusCode(200)
                .body("items", hasSize(expected))
                .extract().response();
    }

    private static RequestSpecification changesRequest(String since, String include) {
        RequestSpecification request = given().queryParam("since", since).queryParam("limit", 100);
        return include == null ? request : request.queryParam("include", include);
    }

    private static Response getArticle(Article article) {
        return given().queryParam("lang", article.language)
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .extract().response();
    }

    private static Response list(Tag tag, int expected) {
        return given().queryParam("tag", tag.slug).queryParam("limit", 100)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(expected))
                .extract().response();
    }

    private Tag[] manyTags(int count) {
        Tag[] tags = new Tag[count];
        for (int i = 0; i < count; i++) {
            tags[i] = fixtures.tag();
        }
        return tags;
    }

    private BlockInput[] manyBlocks(int count) {
        List<BlockInput> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Media image = fixtures.image();
            blocks.add(switch (i % 4) {
                case 0 -> new BlockInput.Paragraph("paragraph", "Paragraph " + i);
                case 1 -> new BlockInput.Image("image", image.id, null, null);
                case 2 -> new BlockInput.ListBlock("list", ListStyle.UNORDERED, List.of("a " + i, "b " + i));
                default -> new BlockInput.Quote("quote", "Quote " + i, "Person " + i, "Role", null);
            });
        }
        return blocks.toArray(BlockInput[]::new);
    }
}
