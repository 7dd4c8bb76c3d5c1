package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.body.ListStyle;
import io.masthead.document.DocumentRefresher;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reads are designed queries: the number of SQL statements per request must not grow with the number of
 * blocks, media, tags or articles, for the JSON reads as for feeds, sitemaps and the standard representations.
 * Each test compares a small and a large case and bounds both.
 */
@QuarkusTest
class QueryBoundsTest {
    /** The article from the delivery read model: with its document and its published translations, one statement. */
    static final long MAX_ARTICLE_DOCUMENT_STATEMENTS = 1;
    /** A page of the list from the delivery read model: the tags' ids, then the page with its cards. */
    static final long MAX_PAGE_DOCUMENT_STATEMENTS = 2;
    static final long MAX_DETAIL_STATEMENTS = 10;
    /** The article with its section and sources, by slug in a given language, without any embedded part. */
    static final long MIN_DETAIL_STATEMENTS = 2;
    /**
     * What each part of {@code include} adds at most to {@link #MIN_DETAIL_STATEMENTS}; the translations read the
     * site and its editions too, for their public URLs, when there is any.
     */
    static final Map<String, Long> PART_STATEMENTS = new java.util.LinkedHashMap<>(Map.of(
            "blocks", 3L, "media", 1L, "tags", 2L, "translations", 3L, "byline", 0L));
    /**
     * The tag's id, the page of ids, the articles, their sections and media, and the tag labels (a link-table and a
     * tag key lookup, which keep the plan index-driven without statistics).
     */
    static final long MAX_LIST_STATEMENTS = 7;
    /** The list plus the vocabulary lookup of a search and the count. */
    static final long MAX_SEARCH_STATEMENTS = 9;
    static final long MAX_RELATED_STATEMENTS = 8;
    static final long MAX_CHANGES_STATEMENTS = 9;
    static final long MAX_FULL_CHANGES_STATEMENTS = 15;
    /** Site and editions, tag and its names, section and its names, articles, bylines, tag labels, bodies. */
    static final long MAX_FEED_STATEMENTS = 11;
    static final long MAX_SITEMAP_STATEMENTS = 5;
    /** The article read, the site and its editions, and the formats' extra fields. */
    static final long MAX_REPRESENTATION_STATEMENTS = MAX_DETAIL_STATEMENTS + 3;

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;
    @Inject
    DocumentRefresher documents;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldReadAnArticleFromItsDocumentInOneStatementWhateverItsSize() {
        Article small = fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag())
                .blocks(manyBlocks(4)).create();
        Article large = fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10))
                .blocks(manyBlocks(40)).create();
        fixtures.article().language("de").translationOf(large).create();
        documents.settle();
        // The site is read once per epoch (a change to the site or to what many articles show), not per article.
        given().header("Accept-Language", "fr").when().get("/api/v1/articles/{slug}", large.slug)
                .then().statusCode(200);

        List<Supplier<RequestSpecification>> requests = List.of(() -> given().queryParam("lang", "en"),
                () -> given().header("Accept-Language", "de;q=0.5, en"), () -> given());
        for (Supplier<RequestSpecification> request : requests) {
            long smallCount = SqlStatements.of(request.get().when().get("/api/v1/articles/{slug}", small.slug)
                    .then().statusCode(200).extract().response());
            long largeCount = SqlStatements.of(request.get().when().get("/api/v1/articles/{slug}", large.slug)
                    .then().statusCode(200).extract().response());

            assertTrue(smallCount >= 1, "the counter saw " + smallCount + " statements; it is not counting");
            assertEquals(smallCount, largeCount, "statements for 4 blocks and 1 tag vs 40 blocks, 10 tags and a "
                    + "translation");
            assertTrue(largeCount <= MAX_ARTICLE_DOCUMENT_STATEMENTS, "article from its document ran " + largeCount);
        }
        long byId = SqlStatements.of(given().when().get("/api/v1/articles/id/{id}", large.id)
                .then().statusCode(200).extract().response());
        assertTrue(byId <= MAX_ARTICLE_DOCUMENT_STATEMENTS, "article by id from its document ran " + byId);
    }

    /** A document goes stale when the site changes; until it is rendered again, the designed queries answer. */
    @Test
    void shouldReadAnArticleWithoutItsDocumentInTheSameNumberOfStatementsWhateverItsSize() {
        Article small = fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag())
                .blocks(manyBlocks(4)).create();
        Article large = fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10))
                .blocks(manyBlocks(40)).create();
        documents.settle();
        site.save(Fixtures.unique("Ledger"), null);

        long smallCount = SqlStatements.of(getArticle(small));
        long largeCount = SqlStatements.of(getArticle(large));

        assertTrue(smallCount > MAX_ARTICLE_DOCUMENT_STATEMENTS, "the stale document was served: " + smallCount);
        assertEquals(smallCount, largeCount, "statements for 4 blocks and 1 tag vs 40 blocks and 10 tags");
        assertTrue(largeCount <= MAX_DETAIL_STATEMENTS, "article detail ran " + largeCount + " statements");
    }

    /**
     * Every combination of {@code include}, the empty one spelled as {@code fields} without any part: each costs
     * what its parts cost and no more, the same for a small and a large article, and never more than the full read.
     */
    @Test
    void shouldReadOnlyTheIncludedPartsForEveryCombination() {
        site.save(Fixtures.unique("Ledger"), null);
        Article small = fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag())
                .blocks(manyBlocks(4)).create();
        Article large = fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10))
                .blocks(manyBlocks(40)).create();
        fixtures.article().language("de").translationOf(small).create();
        fixtures.article().language("de").translationOf(large).create();
        fixtures.article().language("fr").translationOf(large).create();
        List<String> parts = List.copyOf(PART_STATEMENTS.keySet());

        for (int combination = 0; combination < 1 << parts.size(); combination++) {
            List<String> included = new ArrayList<>();
            long bound = MIN_DETAIL_STATEMENTS;
            for (int i = 0; i < parts.size(); i++) {
                if ((combination & 1 << i) != 0) {
                    included.add(parts.get(i));
                    bound += PART_STATEMENTS.get(parts.get(i));
                }
            }
            Map<String, Object> shape = included.isEmpty()
                    ? Map.of("fields", "id,slug,headline,sources,seo")
                    : Map.of("include", String.join(",", included), "format", "text");
            long smallCount = SqlStatements.of(getArticle(small, shape));
            long largeCount = SqlStatements.of(getArticle(large, shape));

            assertEquals(smallCount, largeCount, "statements for a small vs a large article with " + shape);
            assertTrue(largeCount <= bound, shape + " ran " + largeCount + " statements; its bound is " + bound);
            assertTrue(largeCount <= MAX_DETAIL_STATEMENTS, shape + " ran " + largeCount + " statements");
        }
    }

    /** Fields trim what is read too: a list without tags reads no tag labels, a detail without parts none of them. */
    @Test
    void shouldReadLessWhenFieldsLeaveOutTheParts() {
        Tag tag = fixtures.tag();
        for (int i = 0; i < 3; i++) {
            fixtures.article().tags(tag, fixtures.tag()).create();
        }

        long withTags = SqlStatements.of(given().queryParam("tag", tag.slug).queryParam("fields", "slug,tags")
                .when().get("/api/v1/articles").then().statusCode(200).extract().response());
        long withoutTags = SqlStatements.of(given().queryParam("tag", tag.slug).queryParam("fields", "slug,headline")
                .when().get("/api/v1/articles").then().statusCode(200).extract().response());

        assertTrue(withoutTags < withTags, "a list without tags ran " + withoutTags + " statements, with " + withTags);
    }

    @Test
    void shouldListAPageFromTheDocumentsInAtMostTwoStatementsWhateverItsLength() {
        long[] counts = pagesOfTwoAndOfThirty(false);

        assertTrue(counts[0] >= 1, "the counter saw " + counts[0] + " statements; it is not counting");
        assertEquals(counts[0], counts[1], "statements for a page of 2 vs a page of 30");
        assertTrue(counts[1] <= MAX_PAGE_DOCUMENT_STATEMENTS, "article list from the documents ran " + counts[1]);
    }

    @Test
    void shouldListAPageWithoutTheDocumentsInTheSameNumberOfStatementsWhateverItsLength() {
        long[] counts = pagesOfTwoAndOfThirty(true);

        assertTrue(counts[0] > MAX_PAGE_DOCUMENT_STATEMENTS, "the stale cards were served: " + counts[0]);
        assertEquals(counts[0], counts[1], "statements for a page of 2 vs a page of 30");
        assertTrue(counts[1] <= MAX_LIST_STATEMENTS, "article list ran " + counts[1] + " statements");
    }

    /**
     * The statements of a tag page of 2 articles and of one of 30, with every document current, or with all of
     * them stale (the site changed after they were rendered).
     */
    private long[] pagesOfTwoAndOfThirty(boolean stale) {
        Tag few = fixtures.tag();
        Tag many = fixtures.tag();
        createTagged(few, 2);
        createTagged(many, 30);
        documents.settle();
        if (stale) {
            site.save(Fixtures.unique("Ledger"), null);
        }
        return new long[] {SqlStatements.of(list(few, 2)), SqlStatements.of(list(many, 30))};
    }

    private void createTagged(Tag tag, int count) {
        for (int i = 0; i < count; i++) {
            fixtures.article().tags(tag, fixtures.tag(), fixtures.tag()).create();
        }
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
    /**
     * The second of two reads, so that the count is not that of a cold first statement; the first names another
     * language preference, so that the second is not a response cache hit, which runs no statement at all.
     */
    private static Response changes(String since, String include, int expected) {
        changesRequest(since, include).header("Accept-Language", "x-warm-up").when().get("/api/v1/changes")
                .then().statusCode(200);
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

    @Test
    void shouldBuildAFeedInTheSameNumberOfStatementsWhateverItsLengthAndBodies() {
        site.save(Fixtures.unique("Bounds Ledger"), null);
        Section section = fixtures.section();
        Tag few = fixtures.tag();
        Tag many = fixtures.tag();
        for (int i = 0; i < 2; i++) {
            fixtures.article().section(section).tags(few).blocks(manyBlocks(2)).create();
        }
        for (int i = 0; i < 30; i++) {
            fixtures.article().section(section).audio(fixtures.audio(60)).tags(many, fixtures.tag(), fixtures.tag())
                    .blocks(manyBlocks(12)).create();
        }

        for (String format : List.of("rss", "atom", "json")) {
            long fewCount = SqlStatements.of(feed(format, few, section));
            long manyCount = SqlStatements.of(feed(format, many, section));

            assertTrue(fewCount >= 4, "the counter saw " + fewCount + " statements; it is not counting");
            assertEquals(fewCount, manyCount, format + ": statements for 2 short articles vs 30 long ones");
            assertTrue(manyCount <= MAX_FEED_STATEMENTS, format + " feed ran " + manyCount + " statements");
        }
    }

    @Test
    void shouldServeSitemapsInTheSameNumberOfStatementsWhateverTheirLength() {
        site.save(Fixtures.unique("Bounds Ledger"), null);
        YearMonth small = YearMonth.of(1920 + ThreadLocalRandom.current().nextInt(5), 1 + ThreadLocalRandom.current().nextInt(12));
        YearMonth large = small.plusYears(5);
        fixtures.article().publishedAt(small.atDay(2).atTime(8, 0).atOffset(ZoneOffset.UTC)).create();
        for (int i = 0; i < 12; i++) {
            OffsetDateTime time = large.atDay(1 + i).atTime(8, 0).atOffset(ZoneOffset.UTC);
            Article english = fixtures.article().publishedAt(time).create();
            fixtures.article().language("de").translationOf(english).publishedAt(time).create();
        }

        long smallCount = SqlStatements.of(sitemap("/api/v1/sitemaps/articles/" + small + ".xml"));
        long largeCount = SqlStatements.of(sitemap("/api/v1/sitemaps/articles/" + large + ".xml"));

        assertTrue(smallCount >= 3, "the counter saw " + smallCount + " statements; it is not counting");
        assertEquals(smallCount, largeCount, "statements for 1 article vs 24 with translations");
        assertTrue(largeCount <= MAX_SITEMAP_STATEMENTS, "a month's sitemap ran " + largeCount + " statements");
        for (String path : List.of("/api/v1/sitemaps/index.xml", "/api/v1/sitemaps/news.xml")) {
            long count = SqlStatements.of(sitemap(path));
            assertTrue(count <= MAX_SITEMAP_STATEMENTS, path + " ran " + count + " statements");
        }
    }

    @Test
    void shouldRepresentAnArticleInTheSameNumberOfStatementsWhateverItsSize() {
        site.save(Fixtures.unique("Bounds Ledger"), null);
        Article small = fixtures.article().audio(fixtures.audio(60)).tags(fixtures.tag())
                .blocks(manyBlocks(4)).create();
        Article large = fixtures.article().audio(fixtures.audio(60)).tags(manyTags(10))
                .blocks(manyBlocks(40)).create();

        for (String accept : List.of("application/ld+json", "application/vnd.iptc.ninjs+json")) {
            long smallCount = SqlStatements.of(represent(small, accept));
            long largeCount = SqlStatements.of(represent(large, accept));

            assertTrue(smallCount >= 4, "the counter saw " + smallCount + " statements; it is not counting");
            assertEquals(smallCount, largeCount, accept + ": statements for 4 blocks and 1 tag vs 40 and 10");
            assertTrue(largeCount <= MAX_REPRESENTATION_STATEMENTS, accept + " ran " + largeCount + " statements");
        }
    }

    private static Response feed(String format, Tag tag, Section section) {
        return given().queryParam("tag", tag.slug).queryParam("section", section.slug).queryParam("content", "full")
                .queryParam("limit", 100)
                .when().get("/api/v1/feeds/" + format)
                .then().statusCode(200)
                .extract().response();
    }

    private static Response sitemap(String path) {
        return given().when().get(path).then().statusCode(200).extract().response();
    }

    private static Response represent(Article article, String accept) {
        return given().accept(accept).queryParam("lang", article.language)
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).contentType(accept)
                .extract().response();
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
        // Both pages then come from the same path: the read model's cards, or (searching) the designed queries.
        documents.settle();

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

    private static Response getArticle(Article article, Map<String, Object> shape) {
        return given().queryParam("lang", article.language).queryParams(shape)
                .when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200)
                .extract().response();
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
