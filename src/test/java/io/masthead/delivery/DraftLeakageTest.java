package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.TagListing;
import io.masthead.testing.XmlDocuments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The core promise of the delivery API: nothing that is not published now leaks through any route. Every check
 * pairs the hidden article with a published control built the same way, so that a route returning nothing at
 * all cannot make the test pass.
 */
@QuarkusTest
class DraftLeakageTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    /** The three ways an article exists without being visible. */
    enum Hidden {
        DRAFT(Fixtures.ArticleBuilder::draft),
        SCHEDULED(Fixtures.ArticleBuilder::scheduled),
        ARCHIVED(Fixtures.ArticleBuilder::archived);

        private final UnaryOperator<Fixtures.ArticleBuilder> state;

        Hidden(UnaryOperator<Fixtures.ArticleBuilder> state) {
            this.state = state;
        }

        Fixtures.ArticleBuilder apply(Fixtures.ArticleBuilder builder) {
            return state.apply(builder);
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldAnswer404ForAHiddenArticleBySlugAndById(Hidden kind) {
        Article control = fixtures.article().language("de").create();
        Article hidden = kind.apply(fixtures.article().language("de")).create();

        given().queryParam("lang", "de").when().get("/api/v1/articles/{slug}", control.slug)
                .then().statusCode(200).body("id", equalTo(control.id.toString()));
        given().when().get("/api/v1/articles/id/{id}", control.id)
                .then().statusCode(200).body("slug", equalTo(control.slug));

        given().queryParam("lang", "de").when().get("/api/v1/articles/{slug}", hidden.slug)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://masthead.io/problems/not-found"))
                .body("detail", equalTo("No published article found for 'de/" + hidden.slug + "'."))
                .body(not(containsString(hidden.headline)));
        given().when().get("/api/v1/articles/id/{id}", hidden.id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body(not(containsString(hidden.headline)));
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldListOnlyThePublishedArticleWhateverTheFilter(Hidden kind) {
        Tag tag = fixtures.tag();
        Section section = fixtures.section();
        Article control = fixtures.article().language("de").tags(tag).section(section).create();
        Article hidden = kind.apply(fixtures.article().language("de").tags(tag).section(section))
                .headline(Fixtures.unique("Secret headline")).create();

        List<Map<String, String>> filters = List.of(
                Map.of("tag", tag.slug),
                Map.of("section", section.slug),
                Map.of("lang", "de", "tag", tag.slug),
                Map.of("lang", "de", "section", section.slug));
        for (Map<String, String> filter : filters) {
            given().queryParams(filter)
                    .when().get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("items.slug", contains(control.slug))
                    .body(not(containsString(hidden.headline)))
                    .body(not(containsString(hidden.id.toString())));
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldCountOnlyPublishedArticlesOnTags(Hidden kind) {
        Tag shared = fixtures.tag();
        Tag onlyHidden = fixtures.tag();
        fixtures.article().tags(shared).create();
        kind.apply(fixtures.article().tags(shared, onlyHidden)).create();

        given().when().get("/api/v1/tags/{slug}", shared.slug)
                .then().statusCode(200).body("articleCount", equalTo(1));
        given().when().get("/api/v1/tags/{slug}", onlyHidden.slug)
                .then().statusCode(200).body("articleCount", equalTo(0));
        assertEquals(1, TagListing.find(shared.slug).get("articleCount"));
        assertEquals(0, TagListing.find(onlyHidden.slug).get("articleCount"));
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldNotListAHiddenTranslation(Hidden kind) {
        Article original = fixtures.article().language("en").create();
        Article french = fixtures.article().language("fr").translationOf(original).create();
        Article german = kind.apply(fixtures.article().language("de").translationOf(original)).create();

        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", original.slug)
                .then().statusCode(200)
                .body("translations.language", contains("fr"))
                .body("translations.slug", contains(french.slug))
                .body(not(containsString(german.headline)))
                .body(not(containsString(german.id.toString())));
        given().queryParam("lang", "fr").when().get("/api/v1/articles/{slug}", french.slug)
                .then().statusCode(200)
                .body("translations.language", contains("en"));
        given().queryParam("lang", "de").when().get("/api/v1/articles/{slug}", german.slug)
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldHideMediaThatOnlyAHiddenArticleUses(Hidden kind) {
        Media shownHero = fixtures.image();
        Media shownAudio = fixtures.audio(60);
        Media shownInline = fixtures.image();
        Media hiddenHero = fixtures.image();
        Media hiddenAudio = fixtures.audio(61);
        Media hiddenInline = fixtures.image();
        fixtures.article().hero(shownHero).audio(shownAudio).blocks(imageBlock(shownInline)).create();
        kind.apply(fixtures.article().hero(hiddenHero).audio(hiddenAudio).blocks(imageBlock(hiddenInline))).create();

        for (Media shown : List.of(shownHero, shownAudio, shownInline)) {
            given().when().get("/api/v1/media/{id}", shown.id)
                    .then().statusCode(200).body("id", equalTo(shown.id.toString()));
        }
        for (Media hidden : List.of(hiddenHero, hiddenAudio, hiddenInline)) {
            given().when().get("/api/v1/media/{id}", hidden.id)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://masthead.io/problems/not-found"))
                    .body(not(containsString(hidden.url)));
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldLeaveNoTraceOfAHiddenArticleInTheListsOfItsOwnTag(Hidden kind) {
        // A tag that only the hidden article carries: its list must be empty, not merely missing the item.
        Tag tag = fixtures.tag();
        Article hidden = kind.apply(fixtures.article().tags(tag)).create();

        given().queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", empty())
                .body(not(containsString(hidden.headline)));
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldNeverSyncAHiddenArticleThroughTheChangesFeed(Hidden kind) {
        Article control = fixtures.article().create();
        Article hidden = kind.apply(fixtures.article()).headline(Fixtures.unique("Secret headline")).create();

        for (String include : new String[] {null, "article"}) {
            String replay = replayChanges(include);
            assertTrue(replay.contains("\"id\":\"" + control.id + "\""), "the control is synced");
            assertTrue(replay.contains(control.headline));
            assertFalse(replay.contains(hidden.id.toString()), kind + " article id in the feed");
            assertFalse(replay.contains(hidden.headline), kind + " article headline in the feed");
            assertFalse(replay.contains(hidden.slug), kind + " article slug in the feed");
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldNeverSearchCountSnippetOrRelateAHiddenArticle(Hidden kind) {
        Tag tag = fixtures.tag();
        String shared = Fixtures.uniqueWord("shared");
        String secret = Fixtures.uniqueWord("secret");
        Article control = fixtures.article().tags(tag).blocks(paragraph("Both say " + shared + ".")).create();
        Article sibling = fixtures.article().tags(tag).create();
        Article hidden = kind.apply(fixtures.article().tags(tag)
                .blocks(paragraph("Both say " + shared + " but only this says " + secret + "."))).create();

        assertSearchFindsNothing(secret, hidden);
        given().queryParam("q", shared).queryParam("count", true)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", contains(control.id.toString()))
                .body("total", equalTo(1))
                .body(not(containsString(secret)))
                .body(not(containsString(hidden.id.toString())));
        given().queryParam("q", shared).queryParam("tag", tag.slug).queryParam("sort", "newest")
                .queryParam("count", true)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.id", contains(control.id.toString()))
                .body("total", equalTo(1));
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", control.slug)
                .then().statusCode(200)
                .body("items.id", contains(sibling.id.toString()))
                .body(not(containsString(hidden.id.toString())));
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", hidden.slug)
                .then().statusCode(404)
                .body(not(containsString(hidden.headline)));
    }

    @Test
    void shouldForgetADeletedArticleInSearchCountsAndRelatedLists() {
        Tag tag = fixtures.tag();
        String secret = Fixtures.uniqueWord("deleted");
        Article sibling = fixtures.article().tags(tag).create();
        Article deleted = fixtures.article().tags(tag).blocks(paragraph("Soon gone: " + secret + ".")).create();
        given().queryParam("q", secret).when().get("/api/v1/articles")
                .then().statusCode(200).body("items.id", contains(deleted.id.toString()));

        ManageApi.asAdmin().header("If-Match", "\"v0\"")
                .when().delete("/manage/v1/articles/{id}", deleted.id)
                .then().statusCode(204);

        assertSearchFindsNothing(secret, deleted);
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", sibling.slug)
                .then().statusCode(200)
                .body("items", empty());
        given().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}/related", deleted.slug)
                .then().statusCode(404);
    }

    private static void assertSearchFindsNothing(String word, Article hidden) {
        for (String sort : List.of("relevance", "newest", "oldest")) {
            given().queryParam("q", word).queryParam("sort", sort).queryParam("count", true)
                    .when().get("/api/v1/articles")
                    .then().statusCode(200)
                    .body("items", empty())
                    .body("total", equalTo(0))
                    .body(not(containsString(hidden.headline)))
                    .body(not(containsString(word)));
        }
    }

    private static BlockInput paragraph(String html) {
        return new BlockInput.Paragraph("paragraph", html);
    }

    @Test
    void shouldShowAPublishedArticleOnceItsTimeHasPassedButNotBefore() {
        Tag tag = fixtures.tag();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Article justPast = fixtures.article().tags(tag).publishedAt(now.minusSeconds(1)).create();
        Article upcoming = fixtures.article().tags(tag).publishedAt(now.plusHours(1)).create();

        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", justPast.slug)
                .then().statusCode(200).body("id", equalTo(justPast.id.toString()));
        given().when().get("/api/v1/articles/id/{id}", justPast.id)
                .then().statusCode(200);
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", upcoming.slug)
                .then().statusCode(404);
        given().when().get("/api/v1/articles/id/{id}", upcoming.id)
                .then().statusCode(404);
        given().queryParam("tag", tag.slug)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", contains(justPast.slug))
                .body(not(containsString(upcoming.headline)));
        given().when().get("/api/v1/tags/{slug}", tag.slug)
                .then().statusCode(200).body("articleCount", equalTo(1));
    }

    /** Every page of the changes feed from the beginning, as raw bodies. */
    private static String replayChanges(String include) {
        StringBuilder bodies = new StringBuilder();
        String since = null;
        boolean more = true;
        while (more) {
            var request = given().queryParam("limit", 100);
            if (since != null) {
                request.queryParam("since", since);
            }
            if (include != null) {
                request.queryParam("include", include);
            }
            var page = request.when().get("/api/v1/changes").then().statusCode(200).extract();
            bodies.append(page.asString());
            since = page.path("nextToken");
            more = page.path("hasMore");
        }
        return bodies.toString();
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldLeaveAHiddenArticleOutOfEveryFeed(Hidden kind) {
        site.save(Fixtures.unique("Leak Ledger"), null);
        Tag tag = fixtures.tag();
        Article control = fixtures.article().language("de").tags(tag).create();
        Article hidden = kind.apply(fixtures.article().language("de").tags(tag))
                .headline(Fixtures.unique("Secret headline")).create();

        for (String format : List.of("rss", "atom", "json")) {
            for (String content : List.of("summary", "full")) {
                for (Map<String, String> filter : List.of(Map.of("tag", tag.slug), Map.of("tag", tag.slug, "lang", "de"))) {
                    given().queryParams(filter).queryParam("content", content)
                            .when().get("/api/v1/feeds/" + format)
                            .then().statusCode(200)
                            .body(containsString(control.slug))
                            .body(not(containsString(hidden.slug)))
                            .body(not(containsString(hidden.headline)))
                            .body(not(containsString(hidden.id.toString())))
                            .header("Surrogate-Key", not(containsString(hidden.id.toString())));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldLeaveAHiddenArticleOutOfEverySitemap(Hidden kind) {
        site.save(Fixtures.unique("Leak Ledger"), null);
        Article control = fixtures.article().create();
        Article hidden = kind.apply(fixtures.article()).headline(Fixtures.unique("Secret headline")).create();

        String month = YearMonth.from(control.firstPublishedAt.instant.atOffset(ZoneOffset.UTC)).toString();
        String monthFile = given().when().get("/api/v1/sitemaps/articles/{month}.xml", month)
                .then().statusCode(200).extract().asString();
        XmlDocuments.validSitemap(monthFile);
        String news = given().when().get("/api/v1/sitemaps/news.xml").then().statusCode(200).extract().asString();
        XmlDocuments.validSitemap(news);
        for (String sitemap : List.of(monthFile, news)) {
            assertTrue(sitemap.contains(control.slug), "the control is listed");
            assertFalse(sitemap.contains(hidden.slug), "the hidden article is listed");
            assertFalse(sitemap.contains(hidden.headline), "the hidden headline is listed");
        }
        if (hidden.firstPublishedAt != null) {
            String hiddenMonth = YearMonth.from(hidden.firstPublishedAt.instant.atOffset(ZoneOffset.UTC)).toString();
            given().when().get("/api/v1/sitemaps/articles/{month}.xml", hiddenMonth)
                    .then().body(not(containsString(hidden.slug)));
        }
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldOfferNoHiddenTranslationAsAnHreflangAlternate(Hidden kind) {
        site.save(Fixtures.unique("Leak Ledger"), null);
        YearMonth month = YearMonth.of(ThreadLocalRandom.current().nextInt(1930, 1960),
                ThreadLocalRandom.current().nextInt(1, 13));
        OffsetDateTime time = month.atDay(12).atTime(9, 0).atOffset(ZoneOffset.UTC);
        Article english = fixtures.article().language("en").publishedAt(time).create();
        Article french = fixtures.article().language("fr").translationOf(english).publishedAt(time).create();
        Article german = kind.apply(fixtures.article().language("de").translationOf(english).publishedAt(time)).create();

        String xml = given().when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(200)
                .body(containsString("hreflang=\"fr\""))
                .body(containsString(french.slug))
                .body(not(containsString(german.slug)))
                .body(not(containsString("hreflang=\"de\"")))
                .extract().asString();
        XmlDocuments.validSitemap(xml);
    }

    @ParameterizedTest
    @EnumSource(Hidden.class)
    void shouldAnswer404ForEveryRepresentationOfAHiddenArticle(Hidden kind) {
        site.save(Fixtures.unique("Leak Ledger"), null);
        Article control = fixtures.article().create();
        Article hidden = kind.apply(fixtures.article()).headline(Fixtures.unique("Secret headline")).create();

        for (String accept : List.of("application/ld+json", "application/vnd.iptc.ninjs+json")) {
            given().accept(accept).when().get("/api/v1/articles/{slug}", control.slug)
                    .then().statusCode(200).contentType(accept);
            given().accept(accept).when().get("/api/v1/articles/{slug}", hidden.slug)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body(not(containsString(hidden.headline)));
            given().accept(accept).when().get("/api/v1/articles/id/{id}", hidden.id)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body(not(containsString(hidden.headline)));
        }
        given().when().get("/api/v1/articles/{slug}.jsonld", control.slug).then().statusCode(200);
        given().when().get("/api/v1/articles/{slug}.jsonld", hidden.slug)
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/articles/id/{id}.jsonld", hidden.id)
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static BlockInput[] imageBlock(Media image) {
        return new BlockInput[] {
                new BlockInput.Paragraph("paragraph", "Before the picture."),
                new BlockInput.Image("image", image.id, null, null)};
    }
}
