package io.masthead.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.testing.Fixtures;
import io.masthead.testing.ManageApi;
import io.masthead.testing.StatementCount;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.net.URL;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The in-process response cache: hits are the same response as the miss, without the database, and every write
 * shows at once. The statement-count header is added by a test filter inside Jakarta REST, so a response without
 * it never reached Jakarta REST, let alone the database.
 */
@QuarkusTest
class ResponseCacheTest {
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    private static final List<String> CONTENT_HEADERS = List.of("Content-Type", "ETag", "Cache-Control", "Vary",
            "Surrogate-Key", "Content-Language", "Content-Encoding", "Link", "X-Content-Type-Options", "RateLimit-Limit");

    @Test
    void shouldServeARepeatedReadFromMemoryWithTheSameBytesAndHeaders() {
        String slug = Fixtures.unique("cached");
        publish(Editorial.draft(slug, List.of()), null);

        ExtractableResponse<Response> miss = read(slug);
        ExtractableResponse<Response> hit = read(slug);

        assertTrue(Integer.parseInt(miss.header(StatementCount.HEADER)) > 0);
        assertEquals(null, hit.header(StatementCount.HEADER), "a hit must not reach Jakarta REST");
        assertArrayEquals(miss.asByteArray(), hit.asByteArray());
        for (String header : CONTENT_HEADERS) {
            assertEquals(miss.headers().getValues(header), hit.headers().getValues(header), header);
        }
        assertTrue(hit.header("X-Request-Id") != null && !hit.header("X-Request-Id").equals(miss.header("X-Request-Id")),
                "every hit gets its own request id");
    }

    @Test
    void shouldAnswerARevalidatedHitWith304() {
        String slug = Fixtures.unique("revalidated");
        publish(Editorial.draft(slug, List.of()), null);
        String etag = read(slug).header("ETag");
        read(slug);

        given().header("If-None-Match", etag).queryParam("lang", "en")
                .when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(304)
                .header("ETag", etag)
                .header(StatementCount.HEADER, nullValue())
                .header("Cache-Control", equalTo(read(slug).header("Cache-Control")))
                .body(emptyString());
    }

    @Test
    void shouldShowAnEditInTheResponsesReadRightAfterTheWrite() {
        String tag = Editorial.tag(Fixtures.unique("edited"), "Edited").path("content.slug");
        String slug = Fixtures.unique("edited");
        ExtractableResponse<Response> published = publish(Editorial.draft(slug, List.of(tag)), null);
        read(slug);
        readList(tag);

        Editorial.retitle(published, "Second headline");

        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200).body("headline", equalTo("Second headline"));
        given().queryParam("tag", tag).when().get("/api/v1/articles")
                .then().statusCode(200).body("items.headline", hasItem("Second headline"));
    }

    @Test
    void shouldListANewArticleAndForgetAnUnpublishedOneAtOnce() {
        String tag = Editorial.tag(Fixtures.unique("listed"), "Listed").path("content.slug");
        String slug = Fixtures.unique("listed");
        readList(tag).body("items", empty());
        readList(tag);

        ExtractableResponse<Response> published = publish(Editorial.draft(slug, List.of(tag)), null);
        readList(tag).body("items.slug", hasItem(slug));
        read(slug);

        Editorial.unpublish(published);

        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug).then().statusCode(404);
        readList(tag).body("items.slug", not(hasItem(slug)));
    }

    @Test
    void shouldServeAScheduledArticleFromItsTimeWithoutAnyJob() throws InterruptedException {
        String tag = Editorial.tag(Fixtures.unique("scheduled"), "Scheduled").path("content.slug");
        String slug = Fixtures.unique("scheduled");
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
        publish(Editorial.draft(slug, List.of(tag)), at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        readList(tag).body("items", empty());
        readList(tag).body("items", empty());

        Thread.sleep(Math.max(0, at.toInstant().toEpochMilli() - System.currentTimeMillis()) + 20);

        readList(tag).body("items.slug", hasItem(slug));
    }

    @Test
    void shouldShowARenamedTagEverywhereAtOnce() {
        String slug = Fixtures.unique("renamed");
        ExtractableResponse<Response> tag = Editorial.tag(slug, "Old name");
        String article = Fixtures.unique("tagged");
        publish(Editorial.draft(article, List.of(slug)), null);
        read(article);
        given().queryParam("lang", "en").when().get("/api/v1/tags/{slug}", slug).then().statusCode(200);

        Editorial.renameTag(tag, "New name");

        given().queryParam("lang", "en").when().get("/api/v1/tags/{slug}", slug)
                .then().statusCode(200).body("name", equalTo("New name"));
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", article)
                .then().statusCode(200).body("tags.name", hasItem("New name"));
    }

    @Test
    void shouldListANewTranslationOnTheOriginalsCachedPage() {
        String slug = Fixtures.unique("original");
        ExtractableResponse<Response> original = publish(Editorial.draft(slug, List.of()), null);
        detail(slug).body("translations", empty());
        read(slug);

        ExtractableResponse<Response> translation = ManageApi.asAdmin()
                .body(Map.of("language", "de", "headline", "Übersetzung", "translationOf", original.path("id"),
                        "blocks", List.of(Map.of("type", "paragraph", "html", "Text."))))
                .when().post("/manage/v1/articles")
                .then().statusCode(201).extract();
        publish(translation, null);

        detail(slug).body("translations.language", hasItem("de"));
    }

    @Test
    void shouldNeverKeepAMissingArticle() {
        String slug = Fixtures.unique("later");
        given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug).then().statusCode(404);

        publish(Editorial.draft(slug, List.of()), null);

        read(slug);
    }

    @Test
    void shouldReportHitsMissesAndSizeAsMetrics() {
        String slug = Fixtures.unique("metered");
        publish(Editorial.draft(slug, List.of()), null);
        double hits = sample("cache_gets_total{cache=\"delivery-responses\",result=\"hit\"");
        read(slug);
        read(slug);

        assertTrue(sample("cache_gets_total{cache=\"delivery-responses\",result=\"hit\"") >= hits + 1);
        assertTrue(sample("masthead_response_cache_bytes") > 0);
        assertTrue(sample("masthead_response_cache_hit_ratio") > 0);
    }

    @Test
    void shouldRenderConcurrentMissesOfOneResponseOnceAndAnswerEachWithIt() throws Exception {
        int readers = 16;
        boolean waited = false;
        for (int burst = 0; burst < 5 && !waited; burst++) {
            String slug = Fixtures.unique("stampede");
            publish(Editorial.draft(slug, List.of()), null);
            ExecutorService pool = Executors.newFixedThreadPool(readers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> answers = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return read(slug);
                }));
            }
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> answer : answers) {
                responses.add(answer.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();

            long rendered = responses.stream().filter(r -> r.header(StatementCount.HEADER) != null).count();
            assertTrue(rendered >= 1, "someone rendered the article");
            for (ExtractableResponse<Response> response : responses) {
                assertArrayEquals(responses.get(0).asByteArray(), response.asByteArray());
                assertEquals(responses.get(0).header("ETag"), response.header("ETag"));
            }
            waited = rendered < readers;
        }

        assertTrue(waited, "in 5 bursts of " + readers + " concurrent first reads, none waited for another's render");
    }

    private static ExtractableResponse<Response> publish(ExtractableResponse<Response> draft, String at) {
        return Editorial.publish(draft, at);
    }

    private static ValidatableResponse readList(String tag) {
        return given().queryParam("tag", tag).when().get("/api/v1/articles").then().statusCode(200);
    }

    private static ExtractableResponse<Response> read(String slug) {
        return detail(slug).extract();
    }

    private static ValidatableResponse detail(String slug) {
        return given().queryParam("lang", "en").when().get("/api/v1/articles/{slug}", slug)
                .then().statusCode(200).body("slug", equalTo(slug));
    }

    private double sample(String series) {
        String text = given().when().get(metrics).then().statusCode(200).extract().asString();
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + "[^\\n]*? ([0-9.eE+-]+)$").matcher(text);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
