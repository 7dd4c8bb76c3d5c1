package io.masthead.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.masthead.article.Article;
import io.masthead.media.Media;
import io.masthead.tag.Tag;
import io.masthead.testing.ContractValidationFilter;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a CDN needs to cache delivery responses safely: one copy and one ETag per content coding, Last-Modified
 * only where it is true, and a shared max-age per route family.
 */
@QuarkusTest
class HttpCachingTest {
    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;
    @Inject
    EntityManager entityManager;

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /**
     * A client that sends exactly this Accept-Encoding and keeps the bytes as they came (REST Assured would add its
     * own codings, and the contract filter cannot read compressed bodies).
     */
    private static RequestSpecification encoding(String acceptEncoding) {
        return given().noFiltersOfType(ContractValidationFilter.class)
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding);
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static List<String> vary(Response response) {
        return response.headers().getValues("Vary").stream()
                .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).toList();
    }

    @Test
    void shouldGiveEachContentCodingItsOwnETagAndVaryByAcceptEncoding() throws IOException {
        Article article = fixtures.article().create();
        String path = "/api/v1/articles/id/" + article.id;

        Response identity = encoding("identity").when().get(path);
        Response gzip = encoding("gzip").when().get(path);
        Response deflate = encoding("deflate").when().get(path);

        identity.then().statusCode(200).header("Content-Encoding", nullValue())
                .body("headline", equalTo(article.headline));
        gzip.then().statusCode(200).header("Content-Encoding", "gzip");
        deflate.then().statusCode(200).header("Content-Encoding", "deflate");
        // The same content, so the tags share their base; different bytes, so the tags differ.
        assertThat(gunzip(gzip.asByteArray()), equalTo(identity.asByteArray()));
        String tag = identity.header("ETag");
        assertThat(tag, not(containsString("-gzip")));
        assertThat(gzip.header("ETag"), equalTo(tag.replaceAll("\"$", "-gzip\"")));
        assertThat(deflate.header("ETag"), equalTo(tag.replaceAll("\"$", "-deflate\"")));
        for (Response response : List.of(identity, gzip, deflate)) {
            // Additive: the article's own Vary: Accept stays.
            assertThat(vary(response), hasItems("Accept", "Accept-Encoding"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "br|", "gzip;q=0|", "identity|", "gzip;q=0.5, deflate|deflate", "br;q=1.0, gzip;q=0.8|gzip", "*|gzip",
            // Netty matches codings case-sensitively and sends this one uncompressed; the ETag follows what is sent.
            "GZIP|"})
    void shouldTagWhatTheHttpLayerActuallySends(String acceptEncoding, String coding) {
        Tag tag = fixtures.tag();
        fixtures.article().tags(tag).create();

        Response response = encoding(acceptEncoding).queryParam("tag", tag.slug).when().get("/api/v1/articles");

        response.then().statusCode(200).header("Content-Encoding", equalTo(coding));
        String etag = response.header("ETag");
        if (coding == null) {
            assertThat(etag, not(endsWith("-gzip\"")));
            assertThat(etag, not(endsWith("-deflate\"")));
        } else {
            assertThat(etag, endsWith("-" + coding + "\""));
        }
        assertThat(vary(response), hasItems("Accept-Encoding"));
    }

    @Test
    void shouldAnswer304ToAnyCodingsFormOfTheTagWithTheTagOfTheCodingAsked() {
        Article article = fixtures.article().create();
        String path = "/api/v1/articles/id/" + article.id;
        String identityTag = encoding("identity").when().get(path).header("ETag");
        String gzipTag = encoding("gzip").when().get(path).header("ETag");

        encoding("gzip").header("If-None-Match", identityTag).when().get(path)
                .then().statusCode(304).header("ETag", gzipTag).body(emptyString());
        assertThat(vary(encoding("gzip").header("If-None-Match", identityTag).when().get(path)),
                hasItems("Accept", "Accept-Encoding"));
        encoding("identity").header("If-None-Match", gzipTag).when().get(path)
                .then().statusCode(304).header("ETag", identityTag);
        encoding("gzip").header("If-None-Match", "W/" + gzipTag).when().get(path)
                .then().statusCode(304).header("ETag", gzipTag);
        encoding("gzip").header("If-None-Match", "\"other\", " + identityTag).when().get(path)
                .then().statusCode(304);
        encoding("gzip").header("If-None-Match", "*").when().get(path).then().statusCode(304);
        // Hostile and near-miss validators are simply not matches.
        for (String stale : List.of("\"other\"", gzipTag.replace("-gzip", "-br"), gzipTag.replace("\"", ""),
                identityTag.replaceAll("\"$", "-gzip-gzip\""), "\"", "W/", ",,,", "\"\u00e9\"")) {
            encoding("gzip").header("If-None-Match", stale).when().get(path)
                    .then().statusCode(200).header("ETag", gzipTag).body(not(emptyString()));
        }
    }

    @Test
    void shouldTagCompressedJsonLdAndFeedsPerCodingToo() {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Article article = fixtures.article().tags(tag).create();

        for (String path : List.of("/api/v1/articles/id/" + article.id + ".jsonld", "/api/v1/feeds/rss?tag=" + tag.slug,
                "/api/v1/feeds/json?tag=" + tag.slug, "/api/v1/sitemaps/index.xml")) {
            Response gzip = encoding("gzip").when().get(path);
            gzip.then().statusCode(200).header("Content-Encoding", "gzip").header("ETag", endsWith("-gzip\""));
            assertThat(path, vary(gzip), hasItems("Accept-Encoding"));
            Response notModified = encoding("gzip").header("If-None-Match", gzip.header("ETag")).when().get(path);
            notModified.then().statusCode(304).header("ETag", gzip.header("ETag"));
            assertThat(path, vary(notModified), hasItems("Accept-Encoding"));
            encoding("identity").when().get(path)
                    .then().statusCode(200).header("Content-Encoding", nullValue())
                    .header("ETag", gzip.header("ETag").replace("-gzip\"", "\""));
        }
    }

    @Test
    void shouldSendLastModifiedOnAMediaItemAndAnswerIfModifiedSince() {
        Media image = fixtures.image();
        fixtures.article().hero(image).create();
        OffsetDateTime modified = OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(250_000_000);
        setMediaUpdatedAt(image.id, modified);
        String path = "/api/v1/media/" + image.id;
        String lastModified = HTTP_DATE.format(modified.truncatedTo(ChronoUnit.SECONDS));
        String before = HTTP_DATE.format(modified.minusSeconds(1));

        Response first = given().when().get(path);
        first.then().statusCode(200).header("Last-Modified", lastModified).body("id", equalTo(image.id.toString()));

        given().header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304).header("Last-Modified", lastModified).header("ETag", first.header("ETag"))
                .body(emptyString());
        given().header("If-Modified-Since", before).when().get(path)
                .then().statusCode(200).body("id", equalTo(image.id.toString()));
        // If-None-Match decides whenever it is present: a stale tag gets the body even with a current date.
        given().header("If-None-Match", "\"stale\"").header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(200).body("id", equalTo(image.id.toString()));
        for (String hostile : List.of("yesterday", "Mon, 32 Dec 2026 00:00:00 GMT", "", "1764759600",
                "Tue, 03 Dec 2099 10:00:00 GMT\u0000")) {
            given().header("If-Modified-Since", hostile).when().get(path)
                    .then().statusCode(200).body("id", equalTo(image.id.toString()));
        }
    }

    @Test
    void shouldSendNoLastModifiedWhileItsSecondCanStillSeeAnotherChange() {
        Media image = fixtures.image();
        fixtures.article().hero(image).create();
        setMediaUpdatedAt(image.id, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5));

        given().when().get("/api/v1/media/" + image.id)
                .then().statusCode(200).header("Last-Modified", nullValue()).header("ETag", not(emptyString()));
        given().header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").when().get("/api/v1/media/" + image.id)
                .then().statusCode(200).body("id", equalTo(image.id.toString()));
    }

    @Test
    void shouldDateTheSiteByItsLatestChange() {
        site.save(Fixtures.unique("Ledger"), null);
        OffsetDateTime modified = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("update Site s set s.updatedAt = :at").setParameter("at", modified).executeUpdate());
        String lastModified = HTTP_DATE.format(modified);

        given().when().get("/api/v1/site").then().statusCode(200).header("Last-Modified", lastModified);
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/site").then().statusCode(304);

        site.save(Fixtures.unique("Renamed"), null);
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/site")
                .then().statusCode(200).body("name", containsString("Renamed"));
    }

    @Test
    void shouldSendNoLastModifiedWhereAPartCanChangeWithoutATimestamp() {
        Tag tag = fixtures.tag();
        Article article = fixtures.article().tags(tag).create();

        for (String path : List.of("/api/v1/articles/id/" + article.id, "/api/v1/articles?tag=" + tag.slug,
                "/api/v1/tags/" + tag.slug)) {
            given().when().get(path).then().statusCode(200).header("Last-Modified", nullValue());
            given().header("If-Modified-Since", "Fri, 01 Jan 2100 00:00:00 GMT").when().get(path)
                    .then().statusCode(200);
        }
    }

    @Test
    void shouldLetSharedCachesKeepEachRouteFamilyAsConfigured() {
        site.save(Fixtures.unique("Ledger"), null);
        Tag tag = fixtures.tag();
        Media image = fixtures.image();
        Article article = fixtures.article().tags(tag).hero(image).create();

        String article3600 = "public, max-age=60, s-maxage=3600, stale-while-revalidate=60, stale-if-error=86400";
        for (String path : List.of("/api/v1/articles/id/" + article.id, "/api/v1/articles/id/" + article.id + ".jsonld",
                "/api/v1/media/" + image.id)) {
            given().when().get(path).then().statusCode(200).header("Cache-Control", article3600);
        }
        given().queryParam("tag", tag.slug).when().get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", containsString(" s-maxage=120,"));
        given().when().get("/api/v1/tags/" + tag.slug).then().statusCode(200)
                .header("Cache-Control", containsString(" s-maxage=1800,"));
        given().when().get("/api/v1/site").then().statusCode(200)
                .header("Cache-Control", containsString(" s-maxage=86400,"));
        given().when().get("/api/v1/feeds/atom?tag=" + tag.slug).then().statusCode(200)
                .header("Cache-Control", containsString(" s-maxage=600,"))
                .header("Cache-Control", containsString("max-age=60,"));
    }

    private void setMediaUpdatedAt(UUID id, OffsetDateTime at) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("update Media m set m.updatedAt = :at where m.id = :id")
                .setParameter("at", at).setParameter("id", id).executeUpdate());
    }
}
