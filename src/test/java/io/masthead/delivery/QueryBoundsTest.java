package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads are designed queries: the number of SQL statements per request must not grow with the number of
 * blocks, media, tags or articles. Each test compares a small and a large case and bounds both.
 */
@QuarkusTest
class QueryBoundsTest {
    static final long MAX_DETAIL_STATEMENTS = 10;
    static final long MAX_LIST_STATEMENTS = 6;
    /** The list plus the vocabulary lookup of a search and the count. */
    static final long MAX_SEARCH_STATEMENTS = 9;
    static final long MAX_RELATED_STATEMENTS = 8;

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
    void shouldSearchAndCountInTheSameNumberOfStatementsWhateverTheNumberOfHits() {
        Section section = fixtures.section();
        String few = Fixtures.uniqueWord("few");
        String many = Fixtures.uniqueWord("many");
        for (int i = 0; i < 2; i++) {
            fixtures.article().section(section).tags(fixtures.tag()).blocks(paragraph(few)).create();
        }
        for (int i = 0; i < 30; i++) {
            fixtures.article().section(fixtures.section()).tags(fixtures.tag(), fixtures.tag())
                    .audio(fixtures.audio(60)).blocks(paragraph(many)).create();
        }

        for (Map<String, Object> shape : List.of(Map.<String, Object>of("limit", 100),
                Map.<String, Object>of("limit", 1, "count", true), Map.<String, Object>of("sort", "newest",
                        "limit", 1, "count", true), Map.<String, Object>of("sort", "oldest", "limit", 1))) {
            long fewCount = SqlStatements.of(search(few, shape));
            long manyCount = SqlStatements.of(search(many, shape));

            assertTrue(fewCount >= 3, "the counter saw " + fewCount + " statements; it is not counting");
            assertEquals(fewCount, manyCount, "statements for 2 vs 30 hits with " + shape);
            assertTrue(manyCount <= MAX_SEARCH_STATEMENTS, "search with " + shape + " ran " + manyCount);
        }
    }

    @Test
    void shouldFilterByEverythingAtOnceInTheSameNumberOfStatementsWhateverTheNumberOfArticles() {
        Tag fewTag = fixtures.tag();
        Tag manyTag = fixtures.tag();
        Tag other = fixtures.tag();
        Section section = fixtures.section();
        String word = Fixtures.uniqueWord("every");
        OffsetDateTime time = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2);
        for (int i = 0; i < 2; i++) {
            fixtures.article().language("de").section(section).tags(fewTag, other).audio(fixtures.audio(30))
                    .contributor("Ada Bounds").publishedAt(time.plusMinutes(i)).blocks(paragraph(word)).create();
        }
        for (int i = 0; i < 30; i++) {
            fixtures.article().language("de").section(section).tags(manyTag, other).audio(fixtures.audio(30))
                    .contributor("Ada Bounds").publishedAt(time.plusMinutes(i)).blocks(paragraph(word)).create();
        }

        for (boolean searching : List.of(false, true)) {
            Map<String, Object> filters = new HashMap<>(Map.of("lang", "de", "section", section.slug,
                    "type", "audio", "author", "ada bounds",
                    "from", time.minusDays(1).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    "to", "2999-01-01T00:00:00+01:00", "count", true, "limit", 1, "tagMode", "any"));
            if (searching) {
                filters.put("q", word);
            }
            long fewCount = SqlStatements.of(list(filters, fewTag));
            long manyCount = SqlStatements.of(list(filters, manyTag));

            assertEquals(fewCount, manyCount, "statements for 2 vs 30 articles, searching: " + searching);
            assertTrue(manyCount <= MAX_SEARCH_STATEMENTS, "filtered list ran " + manyCount + " statements");
        }
    }

    @Test
    void shouldListRelatedArticlesInTheSameNumberOfStatementsWhateverTheirNumber() {
        Tag few = fixtures.tag();
        Tag many = fixtures.tag();
        Article fewSource = fixtures.article().tags(few).create();
        Article manySource = fixtures.article().tags(many, fixtures.tag()).create();
        fixtures.article().section(fixtures.section()).tags(few).create();
        for (int i = 0; i < 25; i++) {
            fixtures.article().section(fixtures.section()).tags(many, fixtures.tag()).create();
        }

        long fewCount = SqlStatements.of(related(fewSource, 1));
        long manyCount = SqlStatements.of(related(manySource, 20));

        assertTrue(fewCount >= 3, "the counter saw " + fewCount + " statements; it is not counting");
        assertEquals(fewCount, manyCount, "statements for 1 vs 20 related articles");
        assertTrue(manyCount <= MAX_RELATED_STATEMENTS, "related articles ran " + manyCount + " statements");
    }

    private static Response search(String word, Map<String, Object> shape) {
        return given().queryParam("q", word).queryParams(shape)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .extract().response();
    }

    /** A page of one article of a longer list, so that the count runs. */
    private static Response list(Map<String, Object> filters, Tag tag) {
        return given().queryParams(filters).queryParam("tag", tag.slug, "no-such-tag-here")
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", notNullValue())
                .extract().response();
    }

    private static Response related(Article article, int expected) {
        return given().queryParam("lang", "en").queryParam("limit", 20)
                .when().get("/api/v1/articles/{slug}/related", article.slug)
                .then().statusCode(200)
                .body("items", hasSize(expected))
                .extract().response();
    }

    private static BlockInput paragraph(String text) {
        return new BlockInput.Paragraph("paragraph", text);
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
