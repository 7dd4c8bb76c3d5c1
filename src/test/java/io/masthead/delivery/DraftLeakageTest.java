package io.masthead.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.media.Media;
import io.masthead.section.Section;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.TagListing;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

    private static BlockInput[] imageBlock(Media image) {
        return new BlockInput[] {
                new BlockInput.Paragraph("paragraph", "Before the picture."),
                new BlockInput.Image("image", image.id, null, null)};
    }
}
