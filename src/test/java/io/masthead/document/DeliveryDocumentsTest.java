package io.masthead.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.body.BlockInput;
import io.masthead.cache.Editorial;
import io.masthead.tag.Tag;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.SqlStatements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The delivery read model: an article served from its document is byte for byte the article the designed queries
 * build, and no document is served once anything it shows has changed. Each read sends an Accept-Language of its
 * own (the language is fixed by {@code lang}), so that it misses the response cache and reaches the read model.
 */
@QuarkusTest
class DeliveryDocumentsTest {
    private static final long FROM_DOCUMENT = 2;
    private static final AtomicInteger READS = new AtomicInteger();
    private static final List<String> HEADERS = List.of("ETag", "Surrogate-Key", "Link", "Content-Language",
            "Cache-Control", "Content-Type");

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
    void shouldServeTheSameBytesAndHeadersFromTheDocumentsAsFromTheDesignedQueries() {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Article article = fixtures.article().section(fixtures.section()).hero(fixtures.image())
                .audio(fixtures.audio(90)).tags(tag, fixtures.tag()).contributor("Jana Holm")
                .blocks(new BlockInput.Paragraph("paragraph", "<p>First <em>paragraph</em>.</p>"),
                        new BlockInput.Paragraph("paragraph", "<p>Second paragraph.</p>"))
                .create();
        fixtures.article().language("de").translationOf(article).create();
        fixtures.article().tags(tag).create();
        documents.settle();
        readTheSite(article);

        Response detail = article(article);
        Response page = page(tag);
        assertTrue(SqlStatements.of(detail) <= FROM_DOCUMENT, "the article was not read from its document");
        assertTrue(SqlStatements.of(page) <= FROM_DOCUMENT, "the page was not read from the documents");

        site.save(Fixtures.unique("Ledger"), null);
        readTheSite(article);
        Response designedDetail = article(article);
        Response designedPage = page(tag);
        assertTrue(SqlStatements.of(designedDetail) > FROM_DOCUMENT, "a stale document was served");
        assertTrue(SqlStatements.of(designedPage) > FROM_DOCUMENT, "stale cards were served");

        assertSame(designedDetail, detail);
        assertSame(designedPage, page);
        assertTrue(detail.headers().getValues("Link").stream().anyMatch(link -> link.contains("hreflang=\"de\"")),
                "no hreflang alternate for the translation");
    }

    @Test
    void shouldNeverServeADocumentOfAnOlderVersionOfTheArticle() {
        String slug = Fixtures.unique("edited");
        ExtractableResponse<Response> published = Editorial.publish(Editorial.draft(slug, List.of()), null);
        documents.settle();
        read(slug).body("headline", equalTo("Headline of " + slug));

        Editorial.retitle(published, "Retitled " + slug);

        read(slug).body("headline", equalTo("Retitled " + slug));
        documents.settle();
        read(slug).body("headline", equalTo("Retitled " + slug));
    }

    @Test
    void shouldNeverServeADocumentShowingATagsOldName() {
        String tagSlug = Fixtures.unique("renamed");
        ExtractableResponse<Response> tag = Editorial.tag(tagSlug, "Old name");
        String slug = Fixtures.unique("tagged");
        Editorial.publish(Editorial.draft(slug, List.of(tagSlug)), null);
        documents.settle();
        read(slug).body("tags.name", hasItem("Old name"));

        Editorial.renameTag(tag, "New name");

        read(slug).body("tags.name", hasItem("New name")).body("tags.name", not(hasItem("Old name")));
        fresh().queryParam("tag", tagSlug).when().get("/api/v1/articles")
                .then().statusCode(200).body("items[0].tags.name", hasItem("New name"));
        documents.settle();
        read(slug).body("tags.name", hasItem("New name"));
    }

    @Test
    void shouldNotServeTheDocumentOfAnUnpublishedArticle() {
        String tagSlug = Fixtures.unique("gone");
        Editorial.tag(tagSlug, "Gone");
        String slug = Fixtures.unique("unpublished");
        ExtractableResponse<Response> published = Editorial.publish(Editorial.draft(slug, List.of(tagSlug)), null);
        documents.settle();
        read(slug).body("slug", equalTo(slug));

        Editorial.unpublish(published);

        fresh().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(404).body("detail", containsString(slug))
                .body(not(containsString("Headline of " + slug)));
        fresh().queryParam("tag", tagSlug).when().get("/api/v1/articles")
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void shouldAddATranslationPublishedAfterTheDocumentWasRendered() {
        site.save(Fixtures.unique("Ledger"), null);
        Article original = fixtures.article().create();
        documents.settle();
        read(original.slug).body("translations", empty());

        Article translation = fixtures.article().language("de").translationOf(original).create();
        documents.settle();
        readTheSite(translation);

        Response response = fresh().queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", original.slug).then().statusCode(200).extract().response();
        assertTrue(SqlStatements.of(response) <= FROM_DOCUMENT, "the original's document was not served");
        response.then().body("translations[0].slug", equalTo(translation.slug))
                .body("translations[0].url", containsString(SiteFixture.DE_HOME))
                .header("Surrogate-Key", containsString("article:" + translation.id));
        assertTrue(response.headers().getValues("Link").stream()
                        .anyMatch(link -> link.contains(SiteFixture.DE_HOME)),
                "no hreflang alternate for the translation");
    }

    @Test
    void shouldStopServingTheSitesAddressesOnceTheSiteIsGone() {
        site.save(Fixtures.unique("Ledger"), null);
        Article original = fixtures.article().create();
        fixtures.article().language("de").translationOf(original).create();
        documents.settle();
        read(original.slug).header("Link", containsString(SiteFixture.BASE_URL));

        site.remove();

        read(original.slug).header("Link", nullValue()).body("translations[0].url", nullValue());
    }

    /**
     * The read model reads the site once per epoch (which every change to the site raises), for the translations'
     * addresses: reading an article with translations takes that read out of the next one's count.
     */
    private static void readTheSite(Article translated) {
        article(translated);
    }

    private static void assertSame(Response expected, Response actual) {
        assertArrayEquals(expected.asByteArray(), actual.asByteArray(), "the bodies differ:\n" + expected.asString()
                + "\n" + actual.asString());
        for (String header : HEADERS) {
            assertEquals(expected.headers().getValues(header), actual.headers().getValues(header), header);
        }
    }

    private static Response article(Article article) {
        return fresh().queryParam("lang", article.language).when().get("/api/v1/articles/{slug}", article.slug)
                .then().statusCode(200).extract().response();
    }

    private static Response page(Tag tag) {
        return fresh().queryParam("tag", tag.slug).queryParam("limit", 10).when().get("/api/v1/articles")
                .then().statusCode(200).extract().response();
    }

    private static ValidatableResponse read(String slug) {
        return fresh().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200);
    }

    /** A request that no earlier one shares a response-cache entry with. */
    private static RequestSpecification fresh() {
        return given().header("Accept-Language", String.format("da;q=0.%03d", READS.incrementAndGet() % 1000));
    }
}
