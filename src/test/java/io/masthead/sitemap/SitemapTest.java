package io.masthead.sitemap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.masthead.article.Article;
import io.masthead.testing.Fixtures;
import io.masthead.testing.SiteFixture;
import io.masthead.testing.XmlDocuments;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Every sitemap is validated against the sitemaps.org XSDs. Tests that need a month of their own publish their
 * articles in a random month between 1990 and 2019, which no other test uses (the paging test and
 * the leakage test use earlier decades).
 */
@QuarkusTest
class SitemapTest {
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    @Inject
    Fixtures fixtures;
    @Inject
    SiteFixture site;

    @AfterEach
    void removeTheSite() {
        site.remove();
    }

    @Test
    void shouldIndexEveryMonthFileAndTheNewsSitemap() {
        site.save(Fixtures.unique("Ledger"), null);
        YearMonth month = randomPastMonth();
        Article article = fixtures.article().publishedAt(month.atDay(10).atTime(9, 30).atOffset(ZoneOffset.UTC)).create();

        String xml = given().when().get("/api/v1/sitemaps/index.xml")
                .then().statusCode(200).contentType("application/xml")
                .extract().asString();

        Document index = XmlDocuments.validSiteIndex(xml);
        List<String> locs = XmlDocuments.texts(index, XmlDocuments.SITEMAP_NS, "loc");
        String file = locs.stream().filter(loc -> loc.endsWith("/api/v1/sitemaps/articles/" + month + ".xml"))
                .findFirst().orElseThrow(() -> new AssertionError("no file for " + month + " in " + locs));
        assertTrue(file.startsWith("http://"), file);
        assertTrue(locs.get(locs.size() - 1).endsWith("/api/v1/sitemaps/news.xml"), locs.toString());
        Element entry = (Element) XmlDocuments.elements(index, XmlDocuments.SITEMAP_NS, "loc").stream()
                .filter(loc -> loc.getTextContent().equals(file)).findFirst().orElseThrow().getParentNode();
        String lastmod = entry.getElementsByTagNameNS(XmlDocuments.SITEMAP_NS, "lastmod").item(0).getTextContent();
        assertFalse(OffsetDateTime.parse(lastmod).toInstant().isBefore(article.updatedAt.instant.minusSeconds(1)),
                lastmod + " is older than the article's last change");
    }

    @Test
    void shouldListAMonthsArticlesWithHreflangAlternatesForTranslations() {
        site.save(Fixtures.unique("Ledger"), null);
        YearMonth month = randomPastMonth();
        OffsetDateTime time = month.atDay(3).atTime(12, 0).atOffset(ZoneOffset.ofHours(2));
        Article english = fixtures.article().language("en").publishedAt(time).create();
        Article german = fixtures.article().language("de").translationOf(english).publishedAt(time.plusHours(1))
                .create();
        Article alone = fixtures.article().language("en").publishedAt(time.plusDays(2)).create();
        Article nextMonth = fixtures.article().publishedAt(month.plusMonths(1).atDay(1).atStartOfDay()
                .atOffset(ZoneOffset.UTC)).create();

        String xml = given().when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(200).contentType("application/xml")
                .header("Surrogate-Key", equalTo("sitemaps articles site"))
                .extract().asString();

        Document sitemap = XmlDocuments.validSitemap(xml);
        Map<String, Element> urls = XmlDocuments.elements(sitemap, XmlDocuments.SITEMAP_NS, "url").stream()
                .collect(Collectors.toMap(url -> url.getElementsByTagNameNS(XmlDocuments.SITEMAP_NS, "loc").item(0)
                        .getTextContent(), url -> url));
        String englishUrl = urlOf(english, SiteFixture.EN_HOME);
        String germanUrl = urlOf(german, SiteFixture.DE_HOME);
        assertTrue(urls.containsKey(englishUrl), urls.keySet().toString());
        assertTrue(urls.containsKey(germanUrl), urls.keySet().toString());
        assertTrue(urls.containsKey(urlOf(alone, SiteFixture.EN_HOME)), urls.keySet().toString());
        assertFalse(urls.containsKey(urlOf(nextMonth, SiteFixture.EN_HOME)), "an article of the next month");
        for (String url : List.of(englishUrl, germanUrl)) {
            assertEquals(List.of("de " + germanUrl, "en " + englishUrl), alternates(urls.get(url)));
        }
        assertEquals(List.of(), alternates(urls.get(urlOf(alone, SiteFixture.EN_HOME))));
        String lastmod = urls.get(englishUrl).getElementsByTagNameNS(XmlDocuments.SITEMAP_NS, "lastmod").item(0)
                .getTextContent();
        assertEquals(english.updatedAt.instant.getEpochSecond(), OffsetDateTime.parse(lastmod).toEpochSecond());
    }

    @Test
    void shouldListTheLast48HoursInTheNewsSitemap() {
        site.save(Fixtures.unique("Ledger"), null);
        OffsetDateTime justNow = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusMinutes(1);
        Article english = fixtures.article().language("en").headline(Fixtures.unique("Tides & <tolls>"))
                .publishedAt(justNow).create();
        Article german = fixtures.article().language("de").publishedAt(justNow).create();
        Article old = fixtures.article().publishedAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(49)).create();

        String xml = given().when().get("/api/v1/sitemaps/news.xml")
                .then().statusCode(200).contentType("application/xml")
                .body(not(containsString(old.slug)))
                .extract().asString();

        Document news = XmlDocuments.validSitemap(xml);
        Map<String, Element> entries = XmlDocuments.elements(news, XmlDocuments.SITEMAP_NS, "url").stream()
                .collect(Collectors.toMap(url -> url.getElementsByTagNameNS(XmlDocuments.SITEMAP_NS, "loc").item(0)
                        .getTextContent(), url -> url));
        Element englishEntry = entries.get(urlOf(english, SiteFixture.EN_HOME));
        assertEquals(SiteFixture.EN_NAME, text(englishEntry, "name"));
        assertEquals("en", text(englishEntry, "language"));
        assertEquals(english.headline, text(englishEntry, "title"));
        assertEquals(english.firstPublishedAt.instant.getEpochSecond(),
                OffsetDateTime.parse(text(englishEntry, "publication_date")).toEpochSecond());
        assertTrue(text(englishEntry, "publication_date").endsWith("+01:00"), "the offset the editor wrote");
        Element germanEntry = entries.get(urlOf(german, SiteFixture.DE_HOME));
        assertEquals(SiteFixture.DE_NAME, text(germanEntry, "name"));
        assertEquals("de", text(germanEntry, "language"));
        assertTrue(entries.size() <= SitemapService.NEWS_LIMIT);
    }

    @Test
    void shouldRevalidateSitemapsWithTheirETag() {
        site.save(Fixtures.unique("Ledger"), null);
        YearMonth month = randomPastMonth();
        fixtures.article().publishedAt(month.atDay(1).atTime(8, 0).atOffset(ZoneOffset.UTC)).create();

        for (String path : List.of("/api/v1/sitemaps/index.xml", "/api/v1/sitemaps/articles/" + month + ".xml")) {
            Response first = given().when().get(path);
            first.then().statusCode(200)
                    .header("Cache-Control", equalTo(
                            "public, max-age=60, s-maxage=600, stale-while-revalidate=60, stale-if-error=86400"));
            given().header("If-None-Match", first.header("ETag")).when().get(path)
                    .then().statusCode(304).header("ETag", equalTo(first.header("ETag")));
        }
    }

    @Test
    void shouldAnswer400ForABadMonthOrPageAnd404ForEmptyOnes() {
        site.save(Fixtures.unique("Ledger"), null);
        YearMonth month = randomPastMonth();
        fixtures.article().publishedAt(month.atDay(1).atTime(8, 0).atOffset(ZoneOffset.UTC)).create();

        given().when().get("/api/v1/sitemaps/articles/2026-13.xml")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("month"));
        given().queryParam("page", "0").when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].parameter", equalTo("page"))
                .body("detail", equalTo("page must be a whole number from 1; got '0'."));
        given().when().get("/api/v1/sitemaps/articles/1899-01.xml")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No sitemap found for '1899-01'."));
        given().queryParam("page", 2).when().get("/api/v1/sitemaps/articles/{month}.xml", month.toString())
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No sitemap found for '" + month + " page 2'."));
    }

    @Test
    void shouldAnswer404WhileNoSiteIsConfigured() {
        site.remove();
        for (String path : List.of("/api/v1/sitemaps/index.xml", "/api/v1/sitemaps/news.xml")) {
            given().when().get(path)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("No site found for 'configured site'."));
        }
    }

    private static List<String> alternates(Element url) {
        return XmlDocuments.elementsIn(url, XmlDocuments.XHTML_NS, "link").stream()
                .peek(link -> assertEquals("alternate", link.getAttribute("rel")))
                .map(link -> link.getAttribute("hreflang") + " " + link.getAttribute("href"))
                .toList();
    }

    private static String text(Element entry, String name) {
        return entry.getElementsByTagNameNS(XmlDocuments.NEWS_NS, name).item(0).getTextContent();
    }

    static YearMonth randomPastMonth() {
        return randomMonth(1990, 2020);
    }

    /** A random month from {@code fromYear} to before {@code toYear}. */
    static YearMonth randomMonth(int fromYear, int toYear) {
        return YearMonth.of(ThreadLocalRandom.current().nextInt(fromYear, toYear),
                ThreadLocalRandom.current().nextInt(1, 13));
    }

    /** The default pattern, /{yyyy}/{mm}/{dd}/{slug}, below an edition's home, dated in the site's time zone. */
    static String urlOf(Article article, String home) {
        return home + "/" + PATH_DATE.format(article.firstPublishedAt.instant.atZone(ZoneId.of("Europe/Berlin")))
                + "/" + article.slug;
    }
}
